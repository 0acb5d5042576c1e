namespace Registry.Tests.Api;

public sealed class ConcurrencyTests(RegistryApp app)
{
    private readonly ApiClient _api = app.Api();

    [Fact]
    public async Task Of_two_concurrent_extensions_at_the_same_version_exactly_one_is_recorded()
    {
        for (var round = 0; round < 10; round++)
        {
            var id = await _api.InForce();
            var version = await _api.Version(id);

            var responses = await Task.WhenAll(
                _api.Step(id, "extend", new { newValidTo = "2026-12-31", decision = Decisions.Vvg("2023-12-15") }, version),
                _api.Step(id, "extend", new { newValidTo = "2027-12-31", decision = Decisions.Vvg("2023-12-15") }, version));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
            var problem = await ApiClient.ExpectProblem(responses.Single(r => r.StatusCode == HttpStatusCode.Conflict), HttpStatusCode.Conflict);
            Assert.Equal("Versionskonflikt", problem.Text("title"));
            Assert.Single(await _api.HistoryTypes(id), t => t == "document_extended");
            var winner = Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK);
            Assert.Equal(winner == 0 ? "2026-12-31" : "2027-12-31", (await _api.State(id)).Text("validTo"));
        }
    }
}
