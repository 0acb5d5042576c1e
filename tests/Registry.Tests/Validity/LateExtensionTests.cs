using Registry.Tests.OData;
using Registry.Tests.Ui;

namespace Registry.Tests.Validity;

/// <summary>
/// Issue 12 point 4: a guideline lapses at new year and VVG extends it in January. Through the API, the OData feed
/// (ValidityPeriods with the gap columns, Documents with the status in effect) and the document page.
/// </summary>
public sealed class LateExtensionTests(RegistryApp app) : ApiTests(app)
{
    private ODataFeed Feed => new(Api.Http);

    [Fact]
    public async Task A_retroactive_extension_continues_without_a_gap_and_the_document_is_in_force_again()
    {
        var id = await Api.InForce(from: "2023-01-01", to: "2025-12-31");

        await Api.Ok(id, "extend", new { newValidTo = "2027-12-31", decision = Decisions.Vvg("2026-01-16", "4"), retroactive = true });

        var document = await Api.Document(id);
        Assert.Equal("Gällande", document.Text("statusLabel"));
        var period = document["document"]!["validityPeriods"]!.AsArray()[^1]!;
        Assert.Equal("2026-01-01", period.Text("from"));
        Assert.True(period["retroactive"]!.GetValue<bool>());
        Assert.Null(period["uncoveredFrom"]);
        Assert.EndsWith("retroaktivt från 2026-01-01", (await Api.History(id))[^1].Text("summary"));
        var row = Assert.Single(await Feed.Rows($"/odata/ValidityPeriods?$filter=DocumentId eq {id} and Retroactive eq true"));
        Assert.Equal("2026-01-01", row.Text("ValidFrom"));
        Assert.Null(row["UncoveredFrom"]);
    }

    [Fact]
    public async Task An_extension_from_a_later_day_shows_the_gap_in_the_feed_and_on_the_page()
    {
        var id = await Api.InForce(from: "2023-01-01", to: "2025-12-31");

        await Api.Ok(id, "extend", new { newValidTo = "2027-12-31", decision = Decisions.Vvg("2026-02-13", "3"), resumesOn = "2026-03-01" });

        var rows = await Feed.Rows($"/odata/ValidityPeriods?$filter=DocumentId eq {id}&$orderby=Number");
        Assert.Equal(2, rows.Count);
        Assert.Null(rows[0]["UncoveredFrom"]);
        Assert.Equal(("2026-03-01", "2027-12-31"), (rows[1].Text("ValidFrom"), rows[1].Text("ValidTo")));
        Assert.Equal(("2026-01-01", "2026-02-28"), (rows[1].Text("UncoveredFrom"), rows[1].Text("UncoveredTo")));
        Assert.False(rows[1]["Retroactive"]!.GetValue<bool>());
        // "Which documents had a gap in 2026?" runs in PostgreSQL on the gap columns.
        Assert.Single(await Feed.Rows($"/odata/ValidityPeriods?$filter=DocumentId eq {id} and UncoveredFrom le 2026-02-15 and UncoveredTo ge 2026-02-15"));
        var document = await Feed.Get($"/odata/Documents({id})?$select=Status,ResumesOn");
        Assert.Equal(("InForce", "2026-03-01"), (document.Text("Status"), document.Text("ResumesOn")));

        var ui = UiClient.For(App);
        await ui.SignIn(TestAccounts.Admin);
        var page = await ui.Html(await ui.Http.GetAsync($"/dokument/{id}", TestContext.Current.CancellationToken));
        Assert.Contains("Glapp 2026-01-01 – 2026-02-28", page);
        Assert.Contains("gäller från 2026-03-01", page);
    }

    [Fact]
    public async Task A_gap_cannot_start_on_the_day_after_the_old_end()
    {
        var id = await Api.InForce(from: "2023-01-01", to: "2025-12-31");
        await Api.Rejects(id, "extend", new { newValidTo = "2027-12-31", decision = Decisions.Vvg("2026-02-13"), resumesOn = "2026-01-01" },
            "resumesOn", "Gäller igen från måste ligga efter 2026-01-01 (annars gäller förlängningen retroaktivt) och senast det nya slutdatumet 2027-12-31.");
    }
}
