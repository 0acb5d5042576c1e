using Microsoft.OData;

namespace Registry.Web.OData;

/// <summary>
/// Failures of /odata requests are written as OData error bodies (<c>{"error":{"code","message"}}</c>), which
/// Excel and Power BI show to the user, instead of ProblemDetails.
/// </summary>
public static class ODataErrorBody
{
    public static bool Applies(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/" + ODataSetup.RoutePrefix, StringComparison.OrdinalIgnoreCase);

    public static Task WriteAsync(HttpContext http, int status, string message, CancellationToken cancellation)
    {
        http.Response.StatusCode = status;
        var code = status switch
        {
            400 => "BadRequest",
            401 => "Unauthorized",
            403 => "Forbidden",
            413 => "PayloadTooLarge",
            429 => "TooManyRequests",
            503 => "ServiceUnavailable",
            _ => "InternalServerError",
        };
        return http.Response.WriteAsJsonAsync(new { error = new ODataError { Code = code, Message = message } }, cancellation);
    }
}
