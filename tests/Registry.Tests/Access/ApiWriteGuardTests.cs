namespace Registry.Tests.Access;

/// <summary>
/// Cross-site request forgery into the API (issue 13, point 5): writes must be JSON, body-less steps included, and
/// must not come from another origin; a browser navigating is sent to the sign-in page, never asked for Basic.
/// </summary>
public sealed class ApiWriteGuardTests(RegistryApp app)
{
    private static readonly string DraftJson = """{"title":"Förfalskat utkast","kind":"rutin","ownerBodies":["VVG"]}""";

    private async Task<HttpResponseMessage> Post(string path, HttpContent? content, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return await app.Api().Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_write_without_JSON_content_type_is_refused_with_415()
    {
        var withoutType = new ByteArrayContent(Encoding.UTF8.GetBytes(DraftJson));
        var problem = await ApiClient.ExpectProblem(await Post("/api/documents", withoutType), HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", problem["detail"]!.GetValue<string>());

        var asText = new StringContent(DraftJson, Encoding.UTF8, "text/plain");
        await ApiClient.ExpectProblem(await Post("/api/documents", asText), HttpStatusCode.UnsupportedMediaType);
        var asForm = new FormUrlEncodedContent([new("title", "x")]);
        await ApiClient.ExpectProblem(await Post("/api/documents", asForm), HttpStatusCode.UnsupportedMediaType);

        var withCharset = new StringContent(DraftJson, Encoding.UTF8, "application/json");
        await ApiClient.Expect(await Post("/api/documents", withCharset), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Body_less_steps_need_the_JSON_content_type_too()
    {
        var api = app.Api();
        var id = await api.InForce("2020-01-01", "2021-12-31");
        await ApiClient.ExpectProblem(await Post($"/api/documents/{id}/expire", null), HttpStatusCode.UnsupportedMediaType);
        await ApiClient.ExpectProblem(await Post($"/api/warnings/{Guid.NewGuid()}/acknowledge", null), HttpStatusCode.UnsupportedMediaType);
        Assert.DoesNotContain("document_expired", await api.HistoryTypes(id));

        // Declared as JSON the same requests reach the endpoints (an unknown warning is then a 404).
        await ApiClient.Expect(await Post($"/api/warnings/{Guid.NewGuid()}/acknowledge", ApiClient.NoBody()), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("Origin", "http://localhost:8081")]
    [InlineData("Origin", "https://angripare.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_write_from_another_origin_is_refused_with_403_and_nothing_is_recorded(string header, string value)
    {
        var api = app.Api();
        var id = await api.InForce("2020-01-01", "2021-12-31");

        var forged = await Post($"/api/documents/{id}/expire", ApiClient.NoBody(), (header, value));
        var problem = await ApiClient.ExpectProblem(forged, HttpStatusCode.Forbidden);
        Assert.Contains("annan webbplats", problem["detail"]!.GetValue<string>());
        var draft = await Post("/api/documents", new StringContent(DraftJson, Encoding.UTF8, "application/json"), (header, value));
        await ApiClient.ExpectProblem(draft, HttpStatusCode.Forbidden);
        Assert.DoesNotContain("document_expired", await api.HistoryTypes(id));
    }

    [Fact]
    public async Task A_write_from_the_apps_own_origin_or_a_non_browser_client_is_accepted()
    {
        var own = await Post("/api/documents", new StringContent(DraftJson, Encoding.UTF8, "application/json"),
            ("Origin", "http://localhost"), ("Sec-Fetch-Site", "same-origin"));
        await ApiClient.Expect(own, HttpStatusCode.Created);
        var typed = await Post("/api/documents", new StringContent(DraftJson, Encoding.UTF8, "application/json"), ("Sec-Fetch-Site", "none"));
        await ApiClient.Expect(typed, HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("/api/documents")]
    [InlineData("/odata/Documents")]
    [InlineData("/finns-inte")]
    public async Task A_browser_navigating_is_sent_to_the_sign_in_page_and_never_gets_a_Basic_challenge(string path)
    {
        using var browser = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Mode", "navigate");
        var response = await browser.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Empty(response.Headers.WwwAuthenticate);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/logga-in", response.Headers.Location!.OriginalString.Replace("http://localhost", ""));

        // Excel and Power BI (no HTML, no Sec-Fetch) still get the Basic challenge they answer with a prompt.
        var excel = await app.AnonymousApi().Http.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, excel.StatusCode);
        Assert.Equal("Basic", Assert.Single(excel.Headers.WwwAuthenticate).Scheme);
    }
}
