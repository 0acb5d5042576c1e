namespace Registry.Tests.Warnings;

public sealed class CalendarFeedTests(RegistryApp app, WarningsHostFixture fixture) : IClassFixture<WarningsHostFixture>
{
    [Fact]
    public async Task Document_feed_parses_and_has_all_day_events_on_the_deadlines()
    {
        var host = await fixture.Host(app, today: new LocalDate(2020, 1, 15));
        var api = host.Api();
        var id = await api.InForce("2018-09-25", "2020-11-30", kind: "avtal", noticePeriodMonths: 8);
        await api.Ok(id, "schedule-follow-up", new { kind = "utvardering", dueOn = "2020-09-24", followUpKey = "utv" });

        var calendar = await CalendarFeed(api, $"/api/documents/{id}/calendar.ics");

        var dates = calendar.Events.ToDictionary(e => e.Uid!, e => (e.DtStart!.Date, e.DtStart.HasTime));
        Assert.Equal(3, dates.Count);
        Assert.Equal((new DateOnly(2020, 11, 30), false), dates[Uid(id, "expiry")]);
        Assert.Equal((new DateOnly(2020, 3, 31), false), dates[Uid(id, "noticeDeadline")]);
        Assert.Equal((new DateOnly(2020, 9, 24), false), dates[Uid(id, "followUp-utv")]);
    }

    [Fact]
    public async Task Registry_feed_keeps_the_uid_when_a_date_moves_and_leaves_out_passed_deadlines()
    {
        var host = await fixture.Host(app, today: new LocalDate(2025, 11, 1));
        var api = host.Api();
        var id = await api.InForce("2022-01-01", "2025-12-31");
        await api.Ok(id, "schedule-follow-up", new { kind = "uppfoljning", dueOn = "2025-10-31", followUpKey = "passerad" });
        var uid = Uid(id, "expiry");

        var before = await CalendarFeed(api, "/api/calendar.ics");
        Assert.Equal(new DateOnly(2025, 12, 31), before.Events.Single(e => e.Uid == uid).DtStart!.Date);
        Assert.DoesNotContain(before.Events, e => e.Uid == Uid(id, "followUp-passerad"));

        await api.Ok(id, "extend", new { newValidTo = "2026-12-31", decision = Decisions.Vvg("2025-11-01") });

        var after = await CalendarFeed(api, "/api/calendar.ics");
        Assert.Equal(new DateOnly(2026, 12, 31), after.Events.Single(e => e.Uid == uid).DtStart!.Date);
        Assert.Contains("Dokumentet upphör", after.Events.Single(e => e.Uid == uid).Summary);
    }

    [Fact]
    public async Task An_event_says_what_the_deadline_means_what_can_be_done_and_links_to_the_document()
    {
        var host = await fixture.Host(app, today: new LocalDate(2027, 2, 1));
        var api = host.Api();
        var id = await api.InForce("2025-01-01", "2027-12-31", draft: new { ownerBodies = new[] { "SRO", "VVG" } });

        var expiry = await CalendarEvent(api, id, "expiry");
        Assert.Contains("Dokumentet gäller till och med 2027-12-31", expiry.Description);
        Assert.Contains("Förlängning kräver beslut av SRO och VVG.", expiry.Description);
        Assert.Equal(new Uri($"http://localhost:5080/dokument/{id}"), expiry.Url);
        Assert.Contains($"http://localhost:5080/dokument/{id}", expiry.Description);
    }

    [Fact]
    public async Task Feed_of_an_unknown_document_is_not_found()
    {
        var host = await fixture.Host(app);
        var response = await host.Api().Http.GetAsync($"/api/documents/{Guid.NewGuid()}/calendar.ics", TestContext.Current.CancellationToken);
        await ApiClient.Expect(response, HttpStatusCode.NotFound);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
