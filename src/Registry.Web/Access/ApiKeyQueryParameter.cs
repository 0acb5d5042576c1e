using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Registry.Web.Access;

/// <summary>
/// Power BI's "Web API" credential sends the key as a query parameter whose name the user types
/// (<c>OData.Feed(url, null, [ApiKeyName = "api_key"])</c>). Before anything else sees the request, the key moves
/// from the query string to the X-Api-Key header, where <see cref="ApiKeyAuthenticationHandler"/> checks it: the
/// URL that the app logs, traces and copies into @odata.nextLink no longer holds it.
/// </summary>
public sealed class ApiKeyQueryParameter(RequestDelegate next, IOptions<AccessOptions> options)
{
    private readonly string _name = options.Value.ApiKeyQueryParameter;

    public Task InvokeAsync(HttpContext http)
    {
        var query = http.Request.QueryString;
        if (_name.Length == 0 || !query.HasValue || !http.Request.Query.TryGetValue(_name, out var key)) return next(http);

        if (!http.Request.Headers.ContainsKey(Schemes.ApiKeyHeader) && !string.IsNullOrWhiteSpace(key.ToString()))
            http.Request.Headers[Schemes.ApiKeyHeader] = key.ToString();
        var rest = QueryHelpers.ParseQuery(query.Value)
            .Where(q => !q.Key.Equals(_name, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)));
        http.Request.QueryString = QueryString.Create(rest);
        return next(http);
    }

    internal sealed class Startup : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseMiddleware<ApiKeyQueryParameter>();
            next(app);
        };
    }
}
