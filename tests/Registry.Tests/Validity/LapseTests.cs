using Ical.Net;
using Registry.Tests.OData;
using Registry.Tests.Ui;
using Registry.Tests.Warnings;

namespace Registry.Tests.Validity;

/// <summary>
/// At midnight in Stockholm after the end date, every reader says "Utgånget" with no step recorded (ADR 0027): the API,
/// the OData feed (columns, filters, ordering and expansions agree), the document page, the overview and the calendar.
/// On a host with its own clock and database, so the clock can cross the date line.
/// </summary>
public sealed class LapseTests(RegistryApp app, WarningsHostFixture fixture) : IClassFixture<WarningsHostFixture>
{
    /// <summary>End dates: a winter day, the day summer time ends (25 hours), the day before it, the eve of summer time.</summary>
    public static TheoryData<string> EndDates => ["2026-12-31", "2026-10-25", "2026-10-24", "2027-03-27"];

    [Theory]
    [MemberData(nameof(EndDates))]
    public async Task Every_reader_says_lapsed_from_midnight_in_Stockholm_after_the_end_date(string endDate)
    {
        var host = await fixture.Host(app);
        var end = LocalDatePattern(endDate);
        host.SetToday(end.PlusYears(-1));
        var api = host.Api();
        var title = ODataFeed.UniquePrefix("Lapse") + " riktlinje";
        var id = await api.Draft(title);
        await api.Ok(id, "enter-into-force", new { validFrom = "2020-01-01", validTo = endDate });
        var ui = new UiClient(host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        await ui.SignIn(TestAccounts.Admin);

        host.Clock.Reset(StockholmTime(end, 23, 59));
        await AssertStatus(api, ui, id, title, "InForce", "Gällande");
        var calendar = await Calendar(api, id);
        Assert.Equal($"Dokumentet upphör: {title}", calendar.Summary);

        host.Clock.Reset(StockholmTime(end.PlusDays(1), 0, 0));
        await AssertStatus(api, ui, id, title, "Lapsed", "Utgånget");
        calendar = await Calendar(api, id);
        Assert.Equal($"Utgånget: {title}", calendar.Summary);
        Assert.StartsWith($"Dokumentet gällde till och med {endDate} och är utgånget sedan {end.PlusDays(1):yyyy-MM-dd}.", calendar.Description);

        // Nothing was recorded: the lapse is computed, and the recorded status is still the one the steps left.
        Assert.Equal("inForce", (await api.State(id)).Text("recordedStatus"));
        Assert.DoesNotContain("document_expired", await api.HistoryTypes(id));
    }

    [Fact]
    public async Task A_confirmed_end_says_Upphort_and_an_agreement_whose_notice_ran_out_too()
    {
        var host = await fixture.Host(app);
        host.SetToday(new LocalDate(2024, 6, 1));
        var api = host.Api();
        var agreement = await api.InForce(from: "2020-01-01", to: "2025-12-31", kind: "avtal", noticePeriodMonths: 8);
        await api.Ok(agreement, "give-notice", new { party = "Borås", givenOn = "2024-04-30" });
        var confirmed = await api.InForce(from: "2020-01-01", to: "2024-06-30");

        host.Clock.Reset(StockholmTime(new LocalDate(2024, 12, 31), 23, 59));
        Assert.Equal("Uppsagt", (await api.Document(agreement)).Text("statusLabel"));
        await api.Ok(confirmed, "expire");

        host.Clock.Reset(StockholmTime(new LocalDate(2025, 1, 1), 0, 0));
        var ended = await api.Document(agreement);
        Assert.Equal("Upphört", ended.Text("statusLabel"));
        Assert.Equal("expired", ended["document"].Text("status"));
        Assert.Equal("noticeGiven", ended["document"].Text("recordedStatus"));
        Assert.Equal("Upphört", (await api.Document(confirmed)).Text("statusLabel"));
        var feed = new ODataFeed(api.Http);
        var rows = await feed.Rows($"/odata/Documents?$filter=(Id eq {agreement} or Id eq {confirmed}) and Status eq 'Expired'&$select=Id,StatusLabel");
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("Upphört", r.Text("StatusLabel")));
    }

    private static async Task AssertStatus(ApiClient api, UiClient ui, Guid id, string title, string status, string label)
    {
        var apiStatus = char.ToLowerInvariant(status[0]) + status[1..];
        var document = await api.Document(id);
        Assert.Equal(apiStatus, document["document"].Text("status"));
        Assert.Equal(label, document.Text("statusLabel"));
        var listed = (await api.Http.GetFromJsonAsync<JsonArray>("/api/documents", TestContext.Current.CancellationToken))!
            .Single(d => d.Text("id") == id.ToString());
        Assert.Equal(apiStatus, listed.Text("status"));
        Assert.Equal(label, listed.Text("statusLabel"));

        var feed = new ODataFeed(api.Http);
        var row = await feed.Get($"/odata/Documents({id})?$select=Status,StatusLabel");
        Assert.Equal(status, row.Text("Status"));
        Assert.Equal(label, row.Text("StatusLabel"));
        // Filters, ordering and expansions run in PostgreSQL on the same computed status.
        Assert.Single(await feed.Rows($"/odata/Documents?$filter=Id eq {id} and Status eq '{status}'"));
        Assert.Single(await feed.Rows($"/odata/Documents?$filter=Id eq {id} and StatusLabel eq '{label}'&$orderby=Status desc,Title"));
        Assert.Empty(await feed.Rows($"/odata/Documents?$filter=Id eq {id} and Status eq '{(status == "InForce" ? "Lapsed" : "InForce")}'"));
        Assert.Equal("1", await (await api.Http.GetAsync($"/odata/Documents/$count?$filter=Id eq {id} and Status eq '{status}'",
            TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var period = Assert.Single(await feed.Rows($"/odata/ValidityPeriods?$filter=DocumentId eq {id}&$expand=Document($select=Status,StatusLabel)"));
        Assert.Equal(label, period["Document"].Text("StatusLabel"));

        var page = await ui.Html(await ui.Http.GetAsync($"/dokument/{id}", TestContext.Current.CancellationToken));
        Assert.Contains($"id=\"status\">{label}</span>", page);
        var overview = await ui.Html(await ui.Http.GetAsync($"/?Sok={Uri.EscapeDataString(title)}&Status={status}", TestContext.Current.CancellationToken));
        Assert.Contains($"href=\"/dokument/{id}\"", DocumentList(overview));
        var otherStatus = await ui.Html(await ui.Http.GetAsync($"/?Sok={Uri.EscapeDataString(title)}&Status={(status == "InForce" ? "Lapsed" : "InForce")}",
            TestContext.Current.CancellationToken));
        Assert.DoesNotContain($"href=\"/dokument/{id}\"", DocumentList(otherStatus));
    }

    /// <summary>The overview's filtered list, without "löper ut snart" above it (which lists documents in force near their end).</summary>
    private static string DocumentList(string overview) => overview[overview.IndexOf("aria-labelledby=\"alla-rubrik\"", StringComparison.Ordinal)..];

    private static Instant StockholmTime(LocalDate date, int hour, int minute) =>
        date.At(new LocalTime(hour, minute)).InZoneStrictly(Registry.Documents.StockholmTime.Zone).ToInstant();

    private static LocalDate LocalDatePattern(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    private static async Task<Ical.Net.CalendarComponents.CalendarEvent> Calendar(ApiClient api, Guid id)
    {
        var text = await api.Http.GetStringAsync($"/api/documents/{id}/calendar.ics", TestContext.Current.CancellationToken);
        return Ical.Net.Calendar.Load(text)!.Events.Single(e => e.Uid == $"{id:N}-expiry@styrdokumentregistret");
    }
}
