using Registry.Tests.OData;
using Registry.Tests.Warnings;

namespace Registry.Tests.FollowUp;

/// <summary>
/// Overdue follow-ups through the API, OData and every warning channel, with the clock moved across their dates:
/// warned once per overdue period until done, also after the document has ended (issue 12 points 8 and 9).
/// </summary>
public sealed class OverdueFollowUpTests(RegistryApp app, WarningsHostFixture fixture) : IClassFixture<WarningsHostFixture>
{
    private async Task<(WarningsHost Host, ApiClient Api, Guid Id, string Title, LocalDate Due)> FollowUpDue(LocalDate today, int dueInDays)
    {
        var host = await fixture.Host(app, DeliveryTests.Channels);
        await fixture.Smtp.Start();
        host.SetToday(today);
        var api = host.Api();
        var title = "Uppföljning " + Guid.NewGuid().ToString("N")[..6];
        var id = await api.Draft(title);
        await api.Ok(id, "enter-into-force", new { validFrom = "2030-01-01", validTo = Iso(today.PlusYears(5)) });
        var due = today.PlusDays(dueInDays);
        await api.Ok(id, "schedule-follow-up", new { kind = "uppfoljning", dueOn = Iso(due), followUpKey = "rapport", description = "Rapport till VVG" });
        return (host, api, id, title, due);
    }

    private static async Task<JsonObject> FollowUpRow(ApiClient api, Guid id, string key = "rapport") =>
        Assert.Single(await new ODataFeed(api.Http).Rows($"/odata/FollowUps?$filter=DocumentId eq {id} and Key eq '{key}'"));

    [Fact]
    public async Task Overdue_is_computed_from_the_clock_in_odata_without_any_write()
    {
        var (host, api, id, _, due) = await FollowUpDue(new LocalDate(2034, 3, 1), dueInDays: 5);
        var feed = new ODataFeed(api.Http);

        host.SetToday(due);
        Assert.False((await FollowUpRow(api, id))["Overdue"]!.GetValue<bool>());
        host.SetToday(due.PlusDays(1));
        var row = await FollowUpRow(api, id);

        Assert.True(row["Overdue"]!.GetValue<bool>());
        Assert.False(row["Done"]!.GetValue<bool>());
        Assert.Equal(Iso(due), row.Text("DueOn"));
        Assert.Equal("Uppföljning", row.Text("KindLabel"));
        Assert.Single(await feed.Rows($"/odata/FollowUps?$filter=Overdue eq true and DocumentId eq {id}"));
        var expanded = await feed.Get($"/odata/Documents({id})?$expand=FollowUps($select=Key,Overdue)");
        Assert.True(Assert.Single(expanded["FollowUps"]!.AsArray())!["Overdue"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_overdue_follow_up_is_warned_once_per_period_on_every_channel_until_it_is_done()
    {
        var (host, api, id, title, due) = await FollowUpDue(new LocalDate(2035, 3, 1), dueInDays: 3);

        foreach (var day in new[] { 1, 1, 2, 15, 30 })
        {
            host.SetToday(due.PlusDays(day));
            await host.Evaluate();
        }
        Assert.Equal([("followUpOverdue", -1, Iso(due))], Keys((await ForDocument(api, id)).Where(w => w.Text("kind") == "followUpOverdue")));
        host.SetToday(due.PlusDays(31));
        await host.Evaluate();
        await host.Evaluate();

        var overdue = (await ForDocument(api, id)).Where(w => w.Text("kind") == "followUpOverdue").ToList();
        Assert.Equal([("followUpOverdue", -1, Iso(due)), ("followUpOverdue", -31, Iso(due))], Keys(overdue));
        var latest = overdue.Single(w => w["thresholdDays"]!.GetValue<int>() == -31);
        var latestId = Guid.Parse(latest.Text("id"));
        await Eventually.True(() => fixture.Smtp.MessagesAbout(title).Count(m => m.TextBody?.Contains("Uppföljning försenad") == true) == 2, "two overdue mails");
        Assert.Contains(fixture.Smtp.MessagesAbout(title), m => m.TextBody?.Contains("passerades för 31 dagar sedan") == true);
        await Eventually.True(() => fixture.Webhook.Accepted.Any(a => a.IdempotencyKey == latestId.ToString()), "the webhook of the second period");
        var odata = await new ODataFeed(api.Http).Rows($"/odata/Warnings?$filter=DocumentId eq {id} and Kind eq 'followUpOverdue'&$orderby=ThresholdDays desc");
        Assert.Equal([-1, -31], odata.Select(w => w["ThresholdDays"]!.GetValue<int>()));

        await api.Ok(id, "complete-follow-up", new { followUpKey = "rapport", completedOn = Iso(host.Today) });
        host.SetToday(due.PlusDays(61));
        await host.Evaluate();

        Assert.Equal(2, (await ForDocument(api, id)).Count(w => w.Text("kind") == "followUpOverdue"));
        var row = await FollowUpRow(api, id);
        Assert.Equal((true, false), (row["Done"]!.GetValue<bool>(), row["Overdue"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task A_follow_up_outlives_the_documents_end_and_is_warned_and_moved_after_it()
    {
        var (host, api, id, _, due) = await FollowUpDue(new LocalDate(2036, 3, 1), dueInDays: 10);
        var successor = await api.Draft();
        await api.Ok(id, "supersede", new { supersededById = successor, supersededOn = Iso(host.Today) });

        host.SetToday(due.PlusDays(1));
        await host.Evaluate();

        Assert.Equal([("followUpOverdue", -1, Iso(due))], Keys((await ForDocument(api, id)).Where(w => w.Text("kind") == "followUpOverdue")));
        Assert.Equal("Superseded", (await FollowUpRow(api, id)).Text("DocumentStatus"));
        await api.Ok(id, "reschedule-follow-up", new { followUpKey = "rapport", newDueOn = Iso(due.PlusYears(1)), reason = "2026 känns mer relevant" });
        var row = await FollowUpRow(api, id);
        Assert.Equal((Iso(due.PlusYears(1)), Iso(due), "2026 känns mer relevant", false),
            (row.Text("DueOn"), row.Text("OriginalDueOn"), row.Text("RescheduleReason"), row["Overdue"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task The_calendar_shows_an_overdue_follow_up_on_its_next_reminder()
    {
        var (host, api, id, title, due) = await FollowUpDue(new LocalDate(2037, 3, 1), dueInDays: 2);
        host.SetToday(due.PlusDays(5));

        // Unfolded: iCalendar folds lines longer than 75 octets.
        var ics = (await api.Http.GetStringAsync($"/api/documents/{id}/calendar.ics", TestContext.Current.CancellationToken)).Replace("\r\n ", "");

        Assert.Contains($"SUMMARY:Uppföljning försenad: {title}", ics);
        Assert.Contains($"DTSTART;VALUE=DATE:{due.PlusDays(31):yyyyMMdd}", ics);
        Assert.Contains($"UID:{id:N}-followUpOverdue-rapport@styrdokumentregistret", ics);
    }

    [Fact]
    public async Task A_yearly_follow_up_plans_its_next_occurrence_when_done_and_a_move_needs_a_reason()
    {
        var host = await fixture.Host(app, DeliveryTests.Channels);
        host.SetToday(new LocalDate(2038, 1, 10));
        var api = host.Api();
        var id = await api.InForce(from: "2030-01-01", to: "2045-12-31");
        await api.Ok(id, "schedule-follow-up", new { kind = "uppfoljning", dueOn = "2038-03-31", followUpKey = "arsrapport", intervalMonths = 12, repeatUntil = "2040-03-31" });

        await api.Rejects(id, "reschedule-follow-up", new { followUpKey = "arsrapport", newDueOn = "2038-06-30", reason = "" }, "reason", "Skäl måste anges.");
        await api.Ok(id, "complete-follow-up", new { followUpKey = "arsrapport", completedOn = "2038-03-15" });

        var rows = await new ODataFeed(api.Http).Rows($"/odata/FollowUps?$filter=DocumentId eq {id}&$orderby=DueOn");
        Assert.Equal([("arsrapport", "2038-03-31", true, null), ("arsrapport-2", "2039-03-31", false, "arsrapport")],
            rows.Select(r => (r.Text("Key"), r.Text("DueOn"), r["Done"]!.GetValue<bool>(), r["SeriesKey"]?.GetValue<string>())));
        Assert.Equal(12, rows[1]["IntervalMonths"]!.GetValue<int>());
    }
}
