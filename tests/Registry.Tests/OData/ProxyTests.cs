using Microsoft.AspNetCore.Http;

namespace Registry.Tests.OData;

/// <summary>
/// Behind a reverse proxy that terminates TLS under another host name, next links, context URLs and redirects
/// name the public address: from the trusted proxy's X-Forwarded-Proto/-Host, or from Registry:PublicBaseAddress.
/// Requests go in through the test server with the proxy's address as the client's, as a proxy would send them.
/// </summary>
public sealed class ProxyTests(RegistryApp app) : IAsyncLifetime
{
    private const string Proxy = "10.0.0.5";
    private WebApplicationFactory<Program>? _behindProxy;
    private WebApplicationFactory<Program>? _withPublicAddress;
    private readonly string _prefix = ODataFeed.UniquePrefix("Proxy");

    /// <summary>A deployment behind a proxy names its public and internal host names (issue 13: no host is trusted by default).</summary>
    private const string AllowedHosts = "styrdokument.example.se;registry-internal";

    public async ValueTask InitializeAsync()
    {
        for (var i = 0; i < 3; i++) await app.Api().Draft($"{_prefix} {i}");
        _behindProxy = app.Derive(app.ConnectionString, app.Clock, web =>
        {
            web.UseSetting("Registry:Proxy:KnownProxies:0", Proxy);
            web.UseSetting("AllowedHosts", AllowedHosts);
        });
        _withPublicAddress = app.Derive(app.ConnectionString, app.Clock, web =>
        {
            web.UseSetting("Registry:PublicBaseAddress", "https://styrdokument.example.se/registret");
            web.UseSetting("AllowedHosts", AllowedHosts);
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_behindProxy is not null) await _behindProxy.DisposeAsync();
        if (_withPublicAddress is not null) await _withPublicAddress.DisposeAsync();
    }

    private static async Task<HttpContext> Send(WebApplicationFactory<Program> factory, string pathAndQuery, string from,
        bool forwarded = true, bool signedIn = true) =>
        await factory.Server.SendAsync(http =>
        {
            var query = pathAndQuery.IndexOf('?');
            http.Request.Method = "GET";
            http.Request.Path = query < 0 ? pathAndQuery : pathAndQuery[..query];
            http.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(pathAndQuery[query..]);
            http.Request.Host = new HostString("registry-internal:8080");
            http.Request.Scheme = "http";
            http.Connection.RemoteIpAddress = IPAddress.Parse(from);
            http.Request.Headers["Prefer"] = "odata.maxpagesize=2";
            if (forwarded)
            {
                http.Request.Headers["X-Forwarded-Proto"] = "https";
                http.Request.Headers["X-Forwarded-Host"] = "styrdokument.example.se";
                http.Request.Headers["X-Forwarded-For"] = "192.0.2.10";
            }
            if (signedIn)
                http.Request.Headers.Authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestAccounts.Reader}:{TestAccounts.ReaderPassword}"));
        }, TestContext.Current.CancellationToken);

    private static JsonObject Body(HttpContext http)
    {
        Assert.Equal(200, http.Response.StatusCode);
        return JsonNode.Parse(http.Response.Body)!.AsObject();
    }

    private string FirstPage => $"/odata/Documents?$filter=startswith(Title,'{_prefix}')&$select=Id";

    [Fact]
    public async Task Through_the_trusted_proxy_links_name_the_public_https_address()
    {
        var page = Body(await Send(_behindProxy!, FirstPage, from: Proxy));

        Assert.StartsWith("https://styrdokument.example.se/odata/$metadata#Documents", page["@odata.context"]!.GetValue<string>());
        Assert.StartsWith("https://styrdokument.example.se/odata/Documents?", page["@odata.nextLink"]!.GetValue<string>());
    }

    [Fact]
    public async Task Forwarded_headers_from_anyone_else_are_ignored()
    {
        var page = Body(await Send(_behindProxy!, FirstPage, from: "10.9.9.9"));

        Assert.StartsWith("http://registry-internal:8080/odata/Documents?", page["@odata.nextLink"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_redirect_to_sign_in_names_the_public_address()
    {
        var response = await Send(_behindProxy!, "/", from: Proxy, signedIn: false);

        Assert.Equal(302, response.Response.StatusCode);
        Assert.StartsWith("https://styrdokument.example.se/", response.Response.Headers.Location.ToString());
    }

    [Fact]
    public async Task A_configured_public_address_is_the_service_root_of_every_link()
    {
        var page = Body(await Send(_withPublicAddress!, FirstPage, from: "10.9.9.9", forwarded: false));
        var next = page["@odata.nextLink"]!.GetValue<string>();
        var second = Body(await Send(_withPublicAddress!, next["https://styrdokument.example.se/registret".Length..], from: "10.9.9.9", forwarded: false));

        Assert.StartsWith("https://styrdokument.example.se/registret/odata/$metadata#Documents", page["@odata.context"]!.GetValue<string>());
        Assert.StartsWith("https://styrdokument.example.se/registret/odata/Documents?", next);
        Assert.Single(second["value"]!.AsArray());
    }
}
