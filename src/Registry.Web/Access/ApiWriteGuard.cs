namespace Registry.Web.Access;

/// <summary>
/// Against cross-site request forgery into the API (issue 13, point 5): every write under /api must come from the
/// app's own origin or from a non-browser client, and must say it sends JSON, also when it has no body. A browser
/// cannot send <c>Content-Type: application/json</c> across origins without a CORS preflight, which the app never
/// grants, and it tells where a request comes from in <c>Origin</c> and <c>Sec-Fetch-Site</c>.
/// Runs before sign-in, so a forged request never reaches the credentials the browser holds.
/// </summary>
public sealed class ApiWriteGuard(RequestDelegate next, IProblemDetailsService problems)
{
    public const string UnsupportedTitle = "Innehållstypen stöds inte";
    public const string UnsupportedDetail = "Skicka begärans innehåll som JSON (Content-Type: application/json).";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsApiWrite(request))
        {
            await next(context);
            return;
        }
        if (CrossOrigin(request) is { } origin)
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "Begäran från en annan webbplats",
                $"Ändringar i registret tas inte emot från en annan webbplats ({origin}). Använd registrets egna sidor eller ett API-verktyg.");
            return;
        }
        if (!IsJson(request.ContentType) && !IsUpload(request))
        {
            // The same words as for a wrong type behind the guard; it holds for body-less steps too.
            await Refuse(context, StatusCodes.Status415UnsupportedMediaType, UnsupportedTitle, UnsupportedDetail);
            return;
        }
        await next(context);
    }

    public static bool IsApiWrite(HttpRequest request) =>
        request.Path.StartsWithSegments(WritesRequireAdmin.ApiRoot)
        && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method);

    /// <summary>Where a cross-origin browser request comes from, or null for the app's own pages and non-browser clients.</summary>
    private static string? CrossOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Equals("cross-site", StringComparison.OrdinalIgnoreCase) || site.Equals("same-site", StringComparison.OrdinalIgnoreCase))
            return request.Headers.Origin.Count > 0 ? request.Headers.Origin.ToString() : site;
        if (request.Headers.Origin.Count == 0) return null;
        var origin = request.Headers.Origin.ToString();
        var own = $"{request.Scheme}://{request.Host.Value}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) ? null : origin;
    }

    /// <summary>
    /// A spreadsheet sent to the import's dry run: none of these types is one a browser may send across origins
    /// without a preflight, so they guard as JSON does.
    /// </summary>
    private static bool IsUpload(HttpRequest request) =>
        request.Path.StartsWithSegments(Registry.Web.Sheets.SheetEndpoints.ImportRoute)
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var media)
        && media.MediaType.Value is { } type
        && (type.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)
            || type.Equals(Registry.Web.Sheets.SheetEndpoints.XlsxType, StringComparison.OrdinalIgnoreCase)
            || type.Equals("text/csv", StringComparison.OrdinalIgnoreCase));

    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private Task Refuse(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
