using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Registry.Tests.Ui;

namespace Registry.Tests.Access;

/// <summary>
/// Sessions end on the server, cookies are Secure over HTTPS, forwarded headers are believed only from configured
/// proxies, unknown Host headers are refused, and every response carries the security headers (issue 13, point 7).
/// </summary>
public sealed class SessionAndProxyTests(RegistryApp app)
{
    private const string CookieName = "styrdokument.inloggning";

    private (UiClient Ui, CookieContainer Cookies) Browser(WebApplicationFactory<Program> factory, string baseAddress = "http://localhost")
    {
        var cookies = new CookieContainer();
        var http = factory.CreateDefaultClient(new Uri(baseAddress), new CookieContainerHandler(cookies));
        return (new UiClient(http), cookies);
    }

    private HttpClient WithCookie(string value)
    {
        var http = app.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        http.DefaultRequestHeaders.Add("Cookie", $"{CookieName}={value}");
        return http;
    }

    [Fact]
    public async Task A_cookie_saved_before_signing_out_no_longer_works_after_it()
    {
        var (ui, cookies) = Browser(app.Factory);
        await ui.SignIn(TestAccounts.Admin);
        var saved = cookies.GetCookies(new Uri("http://localhost"))[CookieName]!.Value;
        using var replay = WithCookie(saved);
        Assert.Equal(HttpStatusCode.OK, (await replay.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);

        var form = await ui.Form("/");
        var signedOut = await ui.Post("/logga-ut", form);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var after = await replay.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/logga-in", after.Headers.Location!.OriginalString);
        var write = await replay.GetAsync("/dokument/nytt", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, write.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_Secure_over_HTTPS_and_HttpOnly_always()
    {
        var (overHttps, httpsCookies) = Browser(app.Factory, "https://localhost");
        await overHttps.SignIn(TestAccounts.Reader);
        var secure = httpsCookies.GetCookies(new Uri("https://localhost"))[CookieName]!;
        Assert.True(secure.Secure);
        Assert.True(secure.HttpOnly);

        var (overHttp, httpCookies) = Browser(app.Factory);
        await overHttp.SignIn(TestAccounts.Reader);
        var plain = httpCookies.GetCookies(new Uri("http://localhost"))[CookieName]!;
        Assert.False(plain.Secure);
        Assert.True(plain.HttpOnly);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/logga-in")]
    [InlineData("/finns-inte")]
    [InlineData("/api/documents")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var http = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await http.GetAsync(path, TestContext.Current.CancellationToken);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task An_unknown_Host_header_is_refused_and_never_reaches_a_next_link()
    {
        using var http = TestAccounts.SignIn(app.Factory.CreateClient(), TestAccounts.Reader);
        var request = new HttpRequestMessage(HttpMethod.Get, "/odata/Documents");
        request.Headers.Host = "angripare.example";
        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("angripare", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Forwarded_headers_are_believed_only_from_a_configured_proxy()
    {
        await app.Api().Draft();
        await app.Api().Draft();
        await using var behindProxy = app.Factory.WithWebHostBuilder(web =>
        {
            web.UseSetting("Registry:Proxy:KnownProxies:0", "127.0.0.2");
            web.UseSetting("AllowedHosts", "localhost;registret.example");
        });

        Assert.StartsWith("https://registret.example/odata/Documents?", await NextLink(behindProxy, from: "127.0.0.2"));
        Assert.StartsWith("http://localhost/odata/Documents?", await NextLink(behindProxy, from: "127.0.0.3"));
        // Not configured (the default): nobody's forwarded headers count.
        Assert.StartsWith("http://localhost/odata/Documents?", await NextLink(app.Factory, from: "127.0.0.2"));
    }

    private static async Task<string> NextLink(WebApplicationFactory<Program> factory, string from)
    {
        var context = await factory.Server.SendAsync(http =>
        {
            http.Request.Method = "GET";
            http.Request.Path = "/odata/Documents";
            http.Request.Headers.Authorization = "Basic " + Convert.ToBase64String(
                System.Text.Encoding.UTF8.GetBytes($"{TestAccounts.Reader}:{TestAccounts.ReaderPassword}"));
            http.Request.Headers["Prefer"] = "odata.maxpagesize=1";
            http.Request.Headers["X-Forwarded-Proto"] = "https";
            http.Request.Headers["X-Forwarded-Host"] = "registret.example";
            http.Request.Headers["X-Forwarded-For"] = "192.0.2.10";
            http.Connection.RemoteIpAddress = IPAddress.Parse(from);
        }, TestContext.Current.CancellationToken);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        var body = await JsonNode.ParseAsync(context.Response.Body, cancellationToken: TestContext.Current.CancellationToken);
        return body!["@odata.nextLink"]!.GetValue<string>();
    }
}
