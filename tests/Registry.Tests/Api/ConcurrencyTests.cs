namespace Registry.Tests.Api;

public sealed class ConcurrencyTests(RegistryApp app) : ApiTests(app)
{
    [Fact]
    public async Task Of_two_concurrent_extensions_at_the_same_version_exactly_one_is_recorded()
    {
        for (var round = 0; round < 10; round++)
        {
            var id = await Api.InForce();
            var version = await Api.Version(id);

            var responses = await Task.WhenAll(
                Api.Step(id, "extend", new { newValidTo = "2026-12-31", decision = Decisions.Vvg("2023-12-15") }, version),
                Api.Step(id, "extend", new { newValidTo = "2027-12-31", decision = Decisions.Vvg("2023-12-15") }, version));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
            var problem = await ApiClient.ExpectProblem(responses.Single(r => r.StatusCode == HttpStatusCode.Conflict), HttpStatusCode.Conflict);
            Assert.Equal("Versionskonflikt", problem.Text("title"));
            Assert.Single(await Api.HistoryTypes(id), t => t == "document_extended");
            var winner = Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK);
            Assert.Equal(winner == 0 ? "2026-12-31" : "2027-12-31", (await Api.State(id)).Text("validTo"));
        }
    }
}
