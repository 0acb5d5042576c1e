using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OData.Extensions;

namespace Registry.Web.OData;

/// <summary>
/// What every /odata response and request gets before the OData routing sees it: the OData-Version header (also on
/// /$count, errors and 401s written by other middleware), a literal <c>+</c> before a time-zone offset read as a
/// plus and not as a space, and the configured public address as the service root of context URLs and next links.
/// </summary>
public sealed partial class ODataProtocol(RequestDelegate next, IConfiguration configuration)
{
    public const string VersionHeader = "OData-Version";
    public const string Version = "4.0";
    public const string PublicBaseAddressKey = "Registry:PublicBaseAddress";

    private readonly Uri? _serviceRoot = ServiceRootOf(configuration[PublicBaseAddressKey]);

    public Task InvokeAsync(HttpContext http)
    {
        if (!ODataErrorBody.Applies(http)) return next(http);
        http.Response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            if (!response.Headers.ContainsKey(VersionHeader)) response.Headers[VersionHeader] = Version;
            return Task.CompletedTask;
        }, http.Response);
        var query = http.Request.QueryString.Value;
        if (!string.IsNullOrEmpty(query) && query.Contains('+'))
            http.Request.QueryString = new QueryString(PlusBeforeOffset().Replace(query, "%2B"));
        if (_serviceRoot is not null) http.ODataFeature().BaseAddress = _serviceRoot.ToString();
        // OData's own option parser throws (a 500) on an empty $skiptoken before any controller sees it.
        if (http.Request.Query.TryGetValue("$skiptoken", out var token) && token.Any(string.IsNullOrWhiteSpace))
            return ODataErrorBody.WriteAsync(http, 400, "Ogiltig $skiptoken: tom. Använd @odata.nextLink som den är.", http.RequestAborted);
        return next(http);
    }

    /// <summary>The service root behind <paramref name="publicBaseAddress"/> (e.g. https://host/registret/ → …/odata/).</summary>
    public static Uri? ServiceRootOf(string? publicBaseAddress)
    {
        if (string.IsNullOrWhiteSpace(publicBaseAddress)) return null;
        if (!Uri.TryCreate(publicBaseAddress.TrimEnd('/') + "/", UriKind.Absolute, out var root) || root.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"{PublicBaseAddressKey} måste vara en absolut http- eller https-adress, inte '{publicBaseAddress}'.");
        return new Uri(root, ODataSetup.RoutePrefix + "/");
    }

    /// <summary>The service root of this request: the configured public address, or the request's own (after forwarded headers).</summary>
    public static Uri ServiceRoot(HttpRequest request) =>
        request.ODataFeature().BaseAddress is { } configured
            ? new Uri(configured)
            : new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/{ODataSetup.RoutePrefix}/");

    // "…T10:00:00+01:00" typed into a URL: in a query string '+' means a space, which no OData literal contains.
    [GeneratedRegex(@"(?<=T\d{2}(?::|%3A)\d{2}(?:(?::|%3A)\d{2}(?:\.\d{1,7})?)?)\+(?=\d{2}(?::|%3A)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex PlusBeforeOffset();
}
