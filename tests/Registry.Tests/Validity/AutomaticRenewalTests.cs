using Registry.Tests.OData;
using Registry.Tests.Warnings;

namespace Registry.Tests.Validity;

/// <summary>
/// Issue 12 point 3 (ADR 0034): "förlängs med två år i sänder om det inte sägs upp" through the API, the OData feed
/// and the document page, with the fake clock across a period's end (no lapse; the period and the next notice deadline
/// move), a notice-deadline warning per period on every channel exactly once per threshold, and notice ending it.
/// </summary>
public sealed class AutomaticRenewalTests(RegistryApp app, WarningsHostFixture fixture) : IClassFixture<WarningsHostFixture>
{
    [Fact]
    public async Task A_renewing_agreement_moves_to_its_next_period_warns_before_each_deadline_once_and_ends_with_notice()
    {
        var host = await fixture.Delivering(app, new LocalDate(2048, 10, 1));
        var title = ODataFeed.UniquePrefix("Avtal förlängs");
        var api = host.Api();
        var id = await api.Draft(title, "avtal");
        await api.Ok(id, "enter-into-force", new { validFrom = "2048-01-01", validTo = "2049-12-31", noticePeriodMonths = 8 });
        await api.Ok(id, "set-automatic-renewal", new
        {
            periodYears = 2,
            source = new { body = "SRO", meetingDate = "2048-09-20", agendaItem = "4" },
            note = "Förlängs med två år i sänder om det inte sägs upp.",
        });
        Assert.Equal("SRO 2048-09-20 punkt 4", (await api.History(id))[^1].Text("source"));

        // Each period's deadline is its own deadline: 180 and 90 days before, once each, however often it is evaluated.
        await Warn(host, new LocalDate(2049, 4, 30));
        await AssertPeriod(host, api, id, new LocalDate(2049, 12, 31), "2048-01-01", "2049-12-31", "2051-04-30");
        await AssertPeriod(host, api, id, new LocalDate(2050, 1, 1), "2050-01-01", "2051-12-31", "2051-04-30");
        await Warn(host, new LocalDate(2051, 4, 30));
        await AssertPeriod(host, api, id, new LocalDate(2051, 5, 1), "2050-01-01", "2051-12-31", "2053-04-30");
        host.SetToday(new LocalDate(2051, 1, 30));
        var warnings = await WarningJson.ForDocument(api, id);
        Assert.Equal([(180, "2049-04-30"), (90, "2049-04-30"), (180, "2051-04-30"), (90, "2051-04-30")],
            warnings.Select(w => (w["thresholdDays"]!.GetValue<int>(), w.Text("targetDate"))).OrderBy(k => k.Item2).ThenByDescending(k => k.Item1));
        Assert.All(warnings, w => Assert.Equal("noticeDeadline", w.Text("kind")));
        Assert.All(warnings, w => Assert.Null(w["coveredBy"]));
        await fixture.AssertDeliveredOnce(api, warnings);
        var mails = fixture.Smtp.MessagesAbout(title);
        Assert.Equal(4, mails.Count);
        Assert.All(mails, m => Assert.Contains("sista dag för uppsägning", m.Subject));
        var feed = new ODataFeed(api.Http);
        var odata = await feed.Rows($"/odata/Warnings?$filter=DocumentId eq {id} and Kind eq 'noticeDeadline' and CoveredBy eq null&$orderby=TargetDate,ThresholdDays desc");
        Assert.Equal(["2049-04-30", "2049-04-30", "2051-04-30", "2051-04-30"], odata.Select(w => w.Text("TargetDate")));
        var hook = fixture.Webhook.Accepted.Select(a => a.Body).Last(b => b.Text("documentId") == id.ToString());
        Assert.Contains("periodens slutdatum 2051-12-31; annars förlängs avtalet med 2 år till 2053-12-31", hook.Text("details"));

        var calendar = Ical.Net.Calendar.Load(await api.Http.GetStringAsync($"/api/documents/{id}/calendar.ics", TestContext.Current.CancellationToken))!;
        var notice = calendar.Events.Single(e => e.Uid == $"{id:N}-noticeDeadline-period-2051-12-31@styrdokumentregistret");
        Assert.Equal(new DateOnly(2051, 4, 30), notice.DtStart!.Date);
        Assert.DoesNotContain(calendar.Events, e => e.Uid == $"{id:N}-expiry@styrdokumentregistret");

        // Notice after this period's deadline ends the agreement with the next period.
        host.SetToday(new LocalDate(2051, 6, 1));
        await api.Ok(id, "give-notice", new { party = "Borås", givenOn = "2051-06-01" });
        var ended = await api.State(id);
        Assert.Equal(("2053-12-31", "2053-12-31"), (ended["notice"].Text("endsOn"), ended.Text("validTo")));
        Assert.Null(ended["automaticRenewal"]);
        host.SetToday(new LocalDate(2054, 1, 1));
        Assert.Equal("Upphört", (await api.Document(id)).Text("statusLabel"));
        var row = await feed.Get($"/odata/Documents({id})?$select=Status,RenewalPeriodMonths,CurrentPeriodTo");
        Assert.Equal("Expired", row.Text("Status"));
        Assert.Null(row["RenewalPeriodMonths"]);
        Assert.Null(row["CurrentPeriodTo"]);
    }

    [Fact]
    public async Task A_renewal_is_refused_with_the_field_at_fault()
    {
        var host = await fixture.Host(app, DeliveryTests.Channels);
        var api = host.Api();
        var guideline = await api.InForce(from: "2030-01-01", to: "2035-12-31");
        await api.Rejects(guideline, "set-automatic-renewal", new { periodYears = 2 }, "kind",
            "Automatisk förlängning kan bara anges för avtal och överenskommelser.");
        var agreement = await api.InForce(from: "2030-01-01", to: "2035-12-31", kind: "avtal", noticePeriodMonths: 12);
        await api.Rejects(agreement, "set-automatic-renewal", new { periodYears = 1 }, "noticePeriodMonths",
            "Uppsägningstiden (12 månader) måste vara kortare än perioden (1 år).");
    }

    private static async Task Warn(WarningsHost host, LocalDate deadline)
    {
        host.SetToday(deadline.PlusDays(-180));
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => host.Evaluate()));
        host.SetToday(deadline.PlusDays(-90));
        await host.Evaluate();
        await host.Evaluate();
    }

    private static async Task AssertPeriod(WarningsHost host, ApiClient api, Guid id, LocalDate today, string from, string to, string noticeBy)
    {
        host.SetToday(today);
        var document = await api.Document(id);
        Assert.Equal("Gällande", document.Text("statusLabel"));
        var renewal = document["document"]!["automaticRenewal"]!;
        Assert.Equal((24, from, to, noticeBy), (renewal["periodMonths"]!.GetValue<int>(), renewal.Text("currentPeriodFrom"),
            renewal.Text("currentPeriodTo"), renewal.Text("nextNoticeDeadline")));
        Assert.Equal(noticeBy, document["document"].Text("noticeDeadline"));

        var feed = new ODataFeed(api.Http);
        var row = await feed.Get($"/odata/Documents({id})?$select=Status,StatusLabel,RenewalPeriodMonths,RenewalFirstPeriodEnd,CurrentPeriodFrom,CurrentPeriodTo,NoticeDeadline");
        Assert.Equal(("InForce", 24, "2049-12-31", from, to, noticeBy), (row.Text("Status"), row["RenewalPeriodMonths"]!.GetValue<int>(),
            row.Text("RenewalFirstPeriodEnd"), row.Text("CurrentPeriodFrom"), row.Text("CurrentPeriodTo"), row.Text("NoticeDeadline")));
        // The docs/odata.md example: renewing agreements whose next notice deadline falls within a date range, in SQL.
        Assert.Single(await feed.Rows($"/odata/Documents?$filter=Id eq {id} and RenewalPeriodMonths ne null and NoticeDeadline ge {noticeBy} and NoticeDeadline le {noticeBy} and CurrentPeriodTo eq {to}&$orderby=NoticeDeadline"));
        Assert.Empty(await feed.Rows($"/odata/Documents?$filter=Id eq {id} and Status eq 'Lapsed'"));

        var page = await host.DocumentPage(id);
        Assert.Contains($"id=\"forlangs-automatiskt\">Förlängs automatiskt med 2 år i sänder; nuvarande period {from} – {to}; senast uppsägning {noticeBy}", page);
        Assert.Contains("id=\"status\">Gällande</span>", page);
    }
}
