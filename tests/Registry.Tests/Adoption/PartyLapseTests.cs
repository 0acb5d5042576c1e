using Registry.Tests.OData;
using Registry.Tests.Ui;
using Registry.Tests.Warnings;

namespace Registry.Tests.Adoption;

/// <summary>
/// A party's part lapses at midnight after its last day as the document does (ADR 0027): OData PartyStatus (columns,
/// $filter and $expand, computed in PostgreSQL from today), the document's parties and the huvudman question in the API,
/// and the huvudman page agree. On a host with its own clock, so the clock can cross the date line.
/// </summary>
public sealed class PartyLapseTests(RegistryApp app, WarningsHostFixture fixture) : IClassFixture<WarningsHostFixture>
{
    [Fact]
    public async Task The_party_reads_in_force_on_the_last_day_and_Utganget_the_day_after_in_every_view()
    {
        var host = await fixture.Host(app);
        var end = new LocalDate(2027, 6, 30);
        host.SetToday(new LocalDate(2026, 6, 1));
        var api = host.Api();
        var title = ODataFeed.UniquePrefix("Partlapse") + " samverkansavtal";
        var id = await api.Draft(title, kind: "avtal");
        await api.Ok(id, "set-adoption-requirement", new { requirement = "allParties", noticeScope = "partyOnly" });
        await api.Ok(id, "adopt", new { party = "Borås", decidedOn = "2026-05-02" });
        await api.Ok(id, "enter-into-force", new { validFrom = "2026-06-01", validTo = "2027-06-30", noticePeriodMonths = 12 });
        var ui = new UiClient(host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        await ui.SignIn(TestAccounts.Admin);

        host.SetToday(end);
        await AssertParty(api, ui, id, "InForce", "Gällande", inForce: true, list: "inForce", section: "galler");

        host.SetToday(end.PlusDays(1));
        await AssertParty(api, ui, id, "Lapsed", "Utgånget", inForce: false, list: "ended", section: "upphort");
        // Nothing was recorded: the party's recorded state is still the one the steps left.
        var boras = (await api.State(id))["parties"]!.AsArray().Single(p => p.Text("party") == "Borås");
        Assert.Equal(("inForce", true), (boras.Text("recordedState"), boras!["binding"]!.GetValue<bool>()));
        var feed = new ODataFeed(api.Http);
        Assert.Single(await feed.Rows($"/odata/PartyStatus?$filter=DocumentId eq {id} and Binding and InForceTo ge 2027-06-30 and not InForce"));
    }

    private static async Task AssertParty(ApiClient api, UiClient ui, Guid id, string state, string label, bool inForce, string list, string section)
    {
        var apiState = char.ToLowerInvariant(state[0]) + state[1..];
        var feed = new ODataFeed(api.Http);
        var row = Assert.Single(await feed.Rows($"/odata/PartyStatus?$filter=DocumentId eq {id} and Party eq 'Borås'&$select=State,StateLabel,InForce"));
        Assert.Equal((state, label, inForce), (row.Text("State"), row.Text("StateLabel"), row!["InForce"]!.GetValue<bool>()));
        // $filter, $count and $expand run in PostgreSQL on the same computed columns.
        Assert.Single(await feed.Rows($"/odata/PartyStatus?$filter=DocumentId eq {id} and State eq '{state}' and InForce eq {(inForce ? "true" : "false")}"));
        Assert.Single(await feed.Rows($"/odata/PartyStatus?$filter=DocumentId eq {id} and StateLabel eq '{label}'&$orderby=State desc,Party"));
        Assert.Empty(await feed.Rows($"/odata/PartyStatus?$filter=DocumentId eq {id} and State eq '{(state == "InForce" ? "Lapsed" : "InForce")}'"));
        var expanded = await feed.Get($"/odata/Documents({id})?$select=Id&$expand=PartyStatus($filter=State eq '{state}';$select=Party)");
        Assert.Equal("Borås", Assert.Single(expanded["PartyStatus"]!.AsArray()).Text("Party"));

        var party = (await api.State(id))["parties"]!.AsArray().Single(p => p.Text("party") == "Borås");
        Assert.Equal((apiState, label, inForce), (party.Text("state"), party.Text("stateLabel"), party!["inForce"]!.GetValue<bool>()));
        var overview = await api.Http.GetFromJsonAsync<JsonObject>("/api/parties/Bor%C3%A5s", TestContext.Current.CancellationToken);
        var entry = overview![list]!.AsArray().Single(d => d!["documentId"]!.GetValue<Guid>() == id);
        Assert.Equal((apiState, label), (entry!["party"].Text("state"), entry["party"].Text("stateLabel")));

        var page = await ui.Html(await ui.Http.GetAsync("/huvudman/Bor%C3%A5s", TestContext.Current.CancellationToken));
        var table = page[page.IndexOf($"<table id=\"{section}\"", StringComparison.Ordinal)..];
        Assert.Contains($"href=\"/dokument/{id}\"", table[..table.IndexOf("</table>", StringComparison.Ordinal)]);
    }
}
