using System.Text.Json;
using Microsoft.OData.Edm;

namespace Registry.Web.OData.Writing;

/// <summary>
/// Writes one row of an entity set as OData JSON with minimal metadata: its structural properties in the order the
/// EDM declares them, each value formatted as the OData serializer formats it (Edm.Date as yyyy-MM-dd,
/// Edm.DateTimeOffset with Z for UTC, nulls written out). Compiled once per entity type.
/// </summary>
public sealed class RowJsonWriter<T>
{
    private static readonly Lock Gate = new();
    private static RowJsonWriter<T>? _instance;
    // Set once the type is known to need the serializer, so that is not worked out again on every request.
    private static bool _unsupported;

    private readonly Action<Utf8JsonWriter, T>[] _properties;

    private RowJsonWriter(Action<Utf8JsonWriter, T>[] properties) => _properties = properties;

    /// <summary>The writer for <typeparamref name="T"/>, or null when a property has a type this writer does not know.</summary>
    public static RowJsonWriter<T>? For(IEdmStructuredType type)
    {
        if (_instance is { } known) return known;
        if (_unsupported) return null;
        lock (Gate)
        {
            if (_instance is not null || _unsupported) return _instance;
            var properties = new List<Action<Utf8JsonWriter, T>>();
            foreach (var property in type.StructuralProperties())
            {
                var clr = typeof(T).GetProperty(property.Name);
                var write = clr is null ? null : typeof(JsonValues).GetMethod(nameof(JsonValues.Write), [typeof(Utf8JsonWriter), clr.PropertyType]);
                if (write is null)
                {
                    _unsupported = true;
                    return null;
                }
                var writer = Expression.Parameter(typeof(Utf8JsonWriter), "writer");
                var row = Expression.Parameter(typeof(T), "row");
                var name = JsonEncodedText.Encode(property.Name);
                var body = Expression.Block(
                    Expression.Call(writer, typeof(Utf8JsonWriter).GetMethod(nameof(Utf8JsonWriter.WritePropertyName), [typeof(JsonEncodedText)])!,
                        Expression.Constant(name)),
                    Expression.Call(write, writer, Expression.Property(row, clr!)));
                properties.Add(Expression.Lambda<Action<Utf8JsonWriter, T>>(body, writer, row).Compile());
            }
            return _instance = new RowJsonWriter<T>([.. properties]);
        }
    }

    public void Write(Utf8JsonWriter writer, T row)
    {
        writer.WriteStartObject();
        foreach (var property in _properties) property(writer, row);
        writer.WriteEndObject();
    }
}

/// <summary>The CLR types of the read rows, each written as the OData serializer writes its EDM type.</summary>
public static class JsonValues
{
    public static void Write(Utf8JsonWriter writer, string? value)
    {
        if (value is null) writer.WriteNullValue();
        else writer.WriteStringValue(value);
    }

    public static void Write(Utf8JsonWriter writer, Guid value) => writer.WriteStringValue(value);

    public static void Write(Utf8JsonWriter writer, Guid? value)
    {
        if (value is { } v) writer.WriteStringValue(v);
        else writer.WriteNullValue();
    }

    public static void Write(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

    public static void Write(Utf8JsonWriter writer, int? value)
    {
        if (value is { } v) writer.WriteNumberValue(v);
        else writer.WriteNullValue();
    }

    public static void Write(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

    public static void Write(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    public static void Write(Utf8JsonWriter writer, DateOnly value)
    {
        Span<char> text = stackalloc char[10];
        value.TryFormat(text, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        writer.WriteStringValue(text);
    }

    public static void Write(Utf8JsonWriter writer, DateOnly? value)
    {
        if (value is { } v) Write(writer, v);
        else writer.WriteNullValue();
    }

    /// <summary>As OData writes Edm.DateTimeOffset: fractional seconds without trailing zeros, Z for UTC.</summary>
    public static void Write(Utf8JsonWriter writer, DateTimeOffset value)
    {
        Span<char> text = stackalloc char[40];
        value.TryFormat(text, out var length, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        if (value.Offset == TimeSpan.Zero)
            text[length++] = 'Z';
        else
        {
            value.TryFormat(text[length..], out var offset, "zzz", CultureInfo.InvariantCulture);
            length += offset;
        }
        writer.WriteStringValue(text[..length]);
    }

    public static void Write(Utf8JsonWriter writer, DateTimeOffset? value)
    {
        if (value is { } v) Write(writer, v);
        else writer.WriteNullValue();
    }
}
