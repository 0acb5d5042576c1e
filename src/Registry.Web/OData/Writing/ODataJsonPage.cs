using System.Text.Json;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace Registry.Web.OData.Writing;

/// <summary>
/// A page of whole rows (GET /odata/Set without $select or $expand, in JSON with minimal metadata) written straight
/// with Utf8JsonWriter: the document the OData serializer writes — context, count, rows, next link — without its
/// per-value machinery, which cost several times the database read (ADR 0033). Anything else goes to the serializer.
/// </summary>
public sealed class ODataJsonPage<T>(List<T> rows, RowJsonWriter<T> writer, string context, long? count, Uri? nextLink) : IActionResult
{
    public const string ContentType = "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8";

    private static readonly JsonEncodedText Context = JsonEncodedText.Encode("@odata.context");
    private static readonly JsonEncodedText Count = JsonEncodedText.Encode("@odata.count");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText NextLink = JsonEncodedText.Encode("@odata.nextLink");

    /// <summary>The page as a direct write, or null when the request or the set needs the OData serializer.</summary>
    public static ODataJsonPage<T>? For(HttpRequest request, System.Collections.IList rows, long? count)
    {
        if (rows is not List<T> whole || !MinimalJsonWanted(request)) return null;
        var feature = request.ODataFeature();
        if (feature.Path is not { Count: 1 } path || path.FirstSegment is not EntitySetSegment { EntitySet: var set }) return null;
        if (RowJsonWriter<T>.For(set.EntityType) is not { } writer) return null;
        var context = $"{ODataProtocol.ServiceRoot(request)}$metadata#{set.Name}";
        return new ODataJsonPage<T>(whole, writer, context, count, feature.NextLink);
    }

    /// <summary>JSON with minimal metadata and no options that change the values (IEEE754Compatible, $format).</summary>
    private static bool MinimalJsonWanted(HttpRequest request)
    {
        if (request.Query.ContainsKey("$format")) return false;
        var accept = request.Headers.Accept.ToString();
        if (accept.Length == 0) return true;
        if (accept.Contains("metadata=full", StringComparison.OrdinalIgnoreCase)
            || accept.Contains("metadata=none", StringComparison.OrdinalIgnoreCase)
            || accept.Contains("fullmetadata", StringComparison.OrdinalIgnoreCase)
            || accept.Contains("nometadata", StringComparison.OrdinalIgnoreCase)
            || accept.Contains("IEEE754Compatible=true", StringComparison.OrdinalIgnoreCase))
            return false;
        return accept.Contains("application/json", StringComparison.OrdinalIgnoreCase) || accept.Contains("*/*", StringComparison.Ordinal);
    }

    public async Task ExecuteResultAsync(ActionContext action)
    {
        var http = action.HttpContext;
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = ContentType;
        await using var json = new Utf8JsonWriter(http.Response.Body);
        json.WriteStartObject();
        json.WriteString(Context, context);
        if (count is { } total) json.WriteNumber(Count, total);
        json.WriteStartArray(Value);
        foreach (var row in rows)
        {
            writer.Write(json, row);
            if (json.BytesPending > 16_384) await json.FlushAsync(http.RequestAborted);
        }
        json.WriteEndArray();
        if (nextLink is not null) json.WriteString(NextLink, nextLink.AbsoluteUri);
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }
}
