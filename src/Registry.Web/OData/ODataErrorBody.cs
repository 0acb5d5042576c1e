using System.Text.Json.Serialization;

namespace Registry.Web.OData;

/// <summary>
/// Failures of /odata requests are written as OData error bodies (<c>{"error":{"code","message"}}</c>), which
/// Excel and Power BI show to the user, instead of ProblemDetails. Only the members OData defines are written,
/// never a null (strict readers refuse <c>"details": null</c>), always with the OData-Version header.
/// </summary>
public static class ODataErrorBody
{
    public static bool Applies(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/" + ODataSetup.RoutePrefix, StringComparison.OrdinalIgnoreCase);

    public static string Code(int status) => status switch
    {
        400 => "BadRequest",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        406 => "NotAcceptable",
        413 => "PayloadTooLarge",
        415 => "UnsupportedMediaType",
        429 => "TooManyRequests",
        503 => "ServiceUnavailable",
        _ => "InternalServerError",
    };

    public static Task WriteAsync(HttpContext http, int status, string message, CancellationToken cancellation)
    {
        http.Response.StatusCode = status;
        http.Response.Headers[ODataProtocol.VersionHeader] = ODataProtocol.Version;
        var body = new Envelope(new Error(Code(status), string.IsNullOrWhiteSpace(message) ? "Begäran kunde inte utföras." : message));
        return http.Response.WriteAsJsonAsync(body, ErrorJson.Default.Envelope, "application/json; odata.metadata=minimal", cancellation);
    }

    internal sealed record Envelope([property: JsonPropertyName("error")] Error Error);

    internal sealed record Error([property: JsonPropertyName("code")] string Code, [property: JsonPropertyName("message")] string Message);
}

[JsonSerializable(typeof(ODataErrorBody.Envelope))]
internal sealed partial class ErrorJson : JsonSerializerContext;

/// <summary>An OData error as an action result (400 for bad queries, 404 for a key that matches no row).</summary>
public sealed class ODataErrorResult(int status, string message) : IActionResult
{
    public int Status => status;

    public Task ExecuteResultAsync(ActionContext context) =>
        ODataErrorBody.WriteAsync(context.HttpContext, status, message, context.HttpContext.RequestAborted);
}
