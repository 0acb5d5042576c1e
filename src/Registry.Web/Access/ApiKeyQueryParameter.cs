using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace Registry.Web.Access;

/// <summary>
/// Power BI's "Web API" credential sends the key as a query parameter whose name the user types
/// (<c>OData.Feed(url, null, [ApiKeyName = "api_key"])</c>). When the request is created, before the host logs
/// "Request starting", traces the URL or any middleware runs, the key moves from the query string to the X-Api-Key
/// header, where <see cref="ApiKeyAuthenticationHandler"/> checks it: no log, trace or @odata.nextLink holds it.
/// </summary>
public sealed class ApiKeyQueryParameter(IServiceProvider services, IOptions<AccessOptions> options) : IHttpContextFactory
{
    private readonly DefaultHttpContextFactory _inner = new(services);
    private readonly string _name = options.Value.ApiKeyQueryParameter;

    public HttpContext Create(IFeatureCollection featureCollection)
    {
        if (_name.Length > 0 && featureCollection.Get<IHttpRequestFeature>() is { } request) MoveKeyToHeader(request);
        return _inner.Create(featureCollection);
    }

    public void Dispose(HttpContext httpContext) => _inner.Dispose(httpContext);

    private void MoveKeyToHeader(IHttpRequestFeature request)
    {
        if (request.QueryString.Length <= 1 || request.QueryString.IndexOf(_name, StringComparison.OrdinalIgnoreCase) < 0) return;
        var query = QueryHelpers.ParseQuery(request.QueryString);
        var key = query.FirstOrDefault(q => q.Key.Equals(_name, StringComparison.OrdinalIgnoreCase));
        if (key.Key is null) return;

        if (!request.Headers.ContainsKey(Schemes.ApiKeyHeader) && !string.IsNullOrWhiteSpace(key.Value.ToString()))
            request.Headers[Schemes.ApiKeyHeader] = key.Value.ToString();
        var rest = QueryString.Create(query.Where(q => q.Key != key.Key)
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))).Value ?? "";
        request.QueryString = rest;
        var path = request.RawTarget.IndexOf('?') is var at and >= 0 ? request.RawTarget[..at] : request.RawTarget;
        request.RawTarget = path + rest;
    }
}
