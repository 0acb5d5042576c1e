namespace Registry.Tests.Reliability;

/// <summary>
/// With the database down every surface says so as a retryable 503 with Retry-After (issue 13, point 4): the API
/// in ProblemDetails, OData in an OData error body, the UI in a Swedish page; and all serve again after it returns.
/// </summary>
public sealed class DatabaseDownTests(RegistryApp app)
{
    [Fact]
    public async Task OData_UI_and_API_answer_503_with_Retry_After_while_the_database_is_down()
    {
        var directory = Path.Combine(Path.GetTempPath(), "registry-down-" + Guid.NewGuid().ToString("N")[..8]);
        await using var postgres = await EmbeddedPostgres.StartAsync(directory, deleteOnDispose: true);
        await postgres.EnsureDatabaseAsync("registry");
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 22, 9, 0));
        await using var factory = app.Derive(postgres.ConnectionString("registry"), clock,
            web => web.UseSetting("Registry:Access:AnonymousRead", "true"));
        var api = TestAccounts.Api(factory, clock);
        await api.InForce();
        using var browser = factory.CreateClient(new() { AllowAutoRedirect = false });

        await postgres.StopAsync();
        try
        {
            var odata = await Get(browser, "/odata/Documents", "application/json");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, odata.StatusCode);
            Assert.NotNull(odata.Headers.RetryAfter);
            var error = JsonNode.Parse(await odata.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["error"]!;
            Assert.Equal("ServiceUnavailable", error["code"]!.GetValue<string>());
            Assert.Contains("databas", error["message"]!.GetValue<string>());

            var page = await Get(browser, "/", "text/html,application/xhtml+xml");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.NotNull(page.Headers.RetryAfter);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("<html lang=\"sv\">", html);
            Assert.Contains("Databasen är inte tillgänglig", html);
            Assert.DoesNotContain("Exception", html);

            var list = await Get(browser, "/api/documents", "application/json");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, list.StatusCode);
            Assert.NotNull(list.Headers.RetryAfter);
            Assert.Equal("application/problem+json", list.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            await postgres.RestartAsync();
        }

        await Eventually(async () => (await Get(browser, "/odata/Documents", "application/json")).StatusCode == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await Get(browser, "/", "text/html")).StatusCode);
    }

    private static async Task<HttpResponseMessage> Get(HttpClient http, string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The app did not serve again within 30 s of the database's return.");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}
