using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Registry.Web.OData;

/// <summary>One column of a page's order: a property of the row and its direction.</summary>
public sealed record OrderColumn(PropertyInfo Property, bool Descending)
{
    public bool Nullable => !Property.PropertyType.IsValueType || System.Nullable.GetUnderlyingType(Property.PropertyType) is not null;
}

/// <summary>
/// Keyset paging (docs/adr/0020): the next page starts after the last row of this one, compared on the whole
/// order (the requested $orderby, then the key), with nulls first ascending and last descending as in OData. The
/// $skiptoken carries the last row's values of those columns, so a page costs the same wherever it is, and rows
/// inserted or removed elsewhere in the order do not shift the rows that follow.
/// </summary>
public static class Keyset
{
    public static IOrderedQueryable<T> Order<T>(IQueryable<T> rows, IReadOnlyList<OrderColumn> columns)
    {
        var expression = rows.Expression;
        for (var i = 0; i < columns.Count; i++)
        {
            var (property, descending) = (columns[i].Property, columns[i].Descending);
            var method = (i, descending) switch
            {
                (0, false) => nameof(Queryable.OrderBy),
                (0, true) => nameof(Queryable.OrderByDescending),
                (_, false) => nameof(Queryable.ThenBy),
                (_, true) => nameof(Queryable.ThenByDescending),
            };
            var row = Expression.Parameter(typeof(T), "r");
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), property.PropertyType], expression,
                Expression.Quote(Expression.Lambda(Expression.Property(row, property), row)));
        }
        return (IOrderedQueryable<T>)rows.Provider.CreateQuery<T>(expression);
    }

    /// <summary>The rows after <paramref name="last"/> in the order of <paramref name="columns"/>.</summary>
    public static IQueryable<T> After<T>(IQueryable<T> rows, IReadOnlyList<OrderColumn> columns, object?[] last)
    {
        var row = Expression.Parameter(typeof(T), "r");
        Expression? any = null;
        Expression equalSoFar = Expression.Constant(true);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var value = last[i];
            var access = Expression.Property(row, column.Property);
            var after = Later(access, column, value);
            if (after is not null)
            {
                var branch = i == 0 ? after : Expression.AndAlso(equalSoFar, after);
                any = any is null ? branch : Expression.OrElse(any, branch);
            }
            var equal = value is null ? Expression.Equal(access, Expression.Constant(null, access.Type)) : Compare(access, value, ExpressionType.Equal);
            equalSoFar = i == 0 ? equal : Expression.AndAlso(equalSoFar, equal);
        }
        var predicate = any ?? Expression.Constant(false);
        // A plain bound on the first column lets PostgreSQL start the scan in an index on it.
        if (columns.Count > 0 && last[0] is { } first && (!columns[0].Descending || !columns[0].Nullable))
        {
            var access = Expression.Property(row, columns[0].Property);
            predicate = Expression.AndAlso(Compare(access, first, columns[0].Descending ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual), predicate);
        }
        return rows.Where(Expression.Lambda<Func<T, bool>>(predicate, row));
    }

    /// <summary>The condition that a column's value comes after <paramref name="value"/>, or null when nothing can.</summary>
    private static Expression? Later(MemberExpression access, OrderColumn column, object? value)
    {
        Expression IsNull() => Expression.Equal(access, Expression.Constant(null, access.Type));
        return (value, column.Descending) switch
        {
            (null, false) => Expression.Not(IsNull()),
            (null, true) => null,
            (_, false) => Compare(access, value, ExpressionType.GreaterThan),
            (_, true) when column.Nullable => Expression.OrElse(Compare(access, value, ExpressionType.LessThan), IsNull()),
            (_, true) => Compare(access, value, ExpressionType.LessThan),
        };
    }

    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    private static Expression Compare(MemberExpression access, object value, ExpressionType comparison)
    {
        var type = access.Type;
        if (comparison == ExpressionType.Equal) return Expression.Equal(access, Value(value, type));
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
            return Expression.MakeBinary(comparison, Expression.Call(StringCompare, access, Value(value, typeof(string))), Expression.Constant(0));
        if (underlying == typeof(Guid) || underlying == typeof(bool))
        {
            // No comparison operators in C#: CompareTo, which EF Core turns into the plain SQL comparison.
            Expression operand = type == underlying ? access : Expression.Property(access, "Value");
            var compareTo = underlying.GetMethod(nameof(Guid.CompareTo), [underlying])!;
            return Expression.MakeBinary(comparison, Expression.Call(operand, compareTo, Value(value, underlying)), Expression.Constant(0));
        }
        return Expression.MakeBinary(comparison, access, Value(value, type));
    }

    /// <summary>
    /// A value read from a field, not a literal: EF Core sends it as a parameter, so every page of a pull shares one
    /// compiled query and one cached plan instead of compiling (and caching) a query per $skiptoken.
    /// </summary>
    private static Expression Value(object value, Type type)
    {
        var box = Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(box), nameof(StrongBox<object>.Value));
    }

    /// <summary>The values of the order's columns for a row, evaluated in the same query as the row.</summary>
    public static Expression Values(Expression row, IReadOnlyList<OrderColumn> columns) =>
        Expression.NewArrayInit(typeof(object), columns.Select(c => Expression.Convert(Expression.Property(row, c.Property), typeof(object))));

    public static string Encode(object?[] values) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(values));

    /// <summary>The last row's values from a $skiptoken, or null when the token does not fit this order.</summary>
    public static object?[]? Decode(string token, IReadOnlyList<OrderColumn> columns)
    {
        try
        {
            var elements = JsonSerializer.Deserialize<JsonElement[]>(Base64Url.DecodeFromChars(token));
            if (elements is null || elements.Length != columns.Count) return null;
            var values = new object?[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                if (elements[i].ValueKind == JsonValueKind.Null)
                {
                    if (!columns[i].Nullable) return null;
                    continue;
                }
                var type = Nullable.GetUnderlyingType(columns[i].Property.PropertyType) ?? columns[i].Property.PropertyType;
                values[i] = elements[i].Deserialize(type);
            }
            return values;
        }
        catch (Exception e) when (e is FormatException or JsonException or NotSupportedException or InvalidOperationException)
        {
            return null;
        }
    }
}
