namespace Registry.Tests.Api;

/// <summary>What a client gets for requests that cannot be carried out: always a ProblemDetails in Swedish, never a 500.</summary>
public sealed class RequestErrorTests(RegistryApp app) : ApiTests(app)
{
    private static readonly object Extension = new { newValidTo = "2026-12-31", decision = Decisions.Vvg("2023-12-15") };

    private async Task<HttpResponseMessage> PostRaw(Guid id, string step, string body, string mediaType = "application/json") =>
        await Api.Http.PostAsync($"/api/documents/{id}/{step}", new StringContent(body, Encoding.UTF8, mediaType),
            TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_step_at_a_stale_version_gets_409_and_records_nothing()
    {
        var id = await Api.InForce();
        var stale = await Api.Version(id);
        await Api.Ok(id, "schedule-follow-up", new { kind = "uppfoljning", dueOn = "2022-06-30" });

        var problem = await ApiClient.ExpectProblem(await Api.Step(id, "extend", Extension, stale), HttpStatusCode.Conflict);

        Assert.Equal("Versionskonflikt", problem.Text("title"));
        Assert.Equal($"Dokumentet har ändrats av någon annan sedan du läste det (nu version {stale + 1}, du utgick från version {stale}). Läs in det på nytt.",
            problem.Text("detail"));
        Assert.DoesNotContain("document_extended", await Api.HistoryTypes(id));
    }

    [Fact]
    public async Task A_step_at_the_current_version_succeeds_and_returns_the_new_version_as_ETag()
    {
        var id = await Api.InForce();
        var read = await Api.Http.GetAsync($"/api/documents/{id}", TestContext.Current.CancellationToken);
        var version = long.Parse(read.Headers.ETag!.Tag.Trim('"'));

        var response = await Api.Step(id, "extend", Extension, version);

        await ApiClient.Expect(response, HttpStatusCode.OK);
        Assert.Equal($"\"{version + 1}\"", response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task An_unreadable_If_Match_is_rejected()
    {
        var id = await Api.InForce();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/{id}/extend") { Content = ApiClient.Content(Extension) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"senaste\"");

        var problem = await ApiClient.ExpectProblem(await Api.Http.SendAsync(request, TestContext.Current.CancellationToken), HttpStatusCode.BadRequest);

        Assert.Equal("If-Match ska innehålla dokumentets version, t.ex. \"7\".", problem.Text("detail"));
    }

    [Fact]
    public async Task An_unknown_document_gets_404_when_read()
    {
        var unknown = Guid.NewGuid();
        var problem = await ApiClient.ExpectProblem(
            await Api.Http.GetAsync($"/api/documents/{unknown}", TestContext.Current.CancellationToken), HttpStatusCode.NotFound);
        Assert.Equal($"Styrdokumentet {unknown} finns inte.", problem.Text("detail"));
    }

    [Theory]
    [InlineData("/api/documents/inte-ett-id")]
    [InlineData("/api/documents/00000000-0000-0000-0000-000000000000/historik")]
    public async Task An_address_that_names_no_document_gets_a_404_problem(string path)
    {
        var problem = await ApiClient.ExpectProblem(await Api.Http.GetAsync(path, TestContext.Current.CancellationToken), HttpStatusCode.NotFound);
        Assert.Equal("Adressen finns inte i registrets API.", problem.Text("detail"));
    }

    [Theory]
    [InlineData("withdraw", "{\"withdrawnOn\":\"2021-03-01\"}")]
    [InlineData("expire", "{}")]
    [InlineData("give-notice", "{\"party\":\"Ale\",\"givenOn\":\"2021-03-01\"}")]
    public async Task An_unknown_document_gets_404_for_any_step(string step, string body)
    {
        var unknown = Guid.NewGuid();
        var problem = await ApiClient.ExpectProblem(await PostRaw(unknown, step, body), HttpStatusCode.NotFound);
        Assert.Equal("Styrdokumentet finns inte", problem.Text("title"));
    }

    [Theory]
    [InlineData("{\"newValidTo\": ")]
    [InlineData("inte json")]
    [InlineData("[1, 2]")]
    [InlineData("")]
    public async Task Malformed_JSON_gets_a_400_problem(string body)
    {
        var problem = await ApiClient.ExpectProblem(await PostRaw(await Api.InForce(), "extend", body), HttpStatusCode.BadRequest);
        Assert.Equal("Ogiltig JSON", problem.Text("title"));
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_the_field()
    {
        var problem = await ApiClient.ExpectProblem(
            await PostRaw(await Api.InForce(), "extend", "{\"newValidTo\":\"31/12/2026\",\"decision\":{\"body\":\"VVG\",\"meetingDate\":\"2023-12-15\"}}"),
            HttpStatusCode.BadRequest);
        Assert.Equal("Fältet newValidTo har fel format.", problem.Text("detail"));
        Assert.NotNull(problem["errors"]!["newValidTo"]);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_refused_without_a_server_error()
    {
        var response = await PostRaw(await Api.InForce(), "extend", "newValidTo=2026-12-31", "application/x-www-form-urlencoded");

        var problem = await ApiClient.ExpectProblem(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("Skicka begärans innehåll som JSON (Content-Type: application/json).", problem.Text("detail"));
    }
}
