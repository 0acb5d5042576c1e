namespace Registry.Tests.Warnings;

/// <summary>A proposed extension with decisions missing is warned about before the end date, on every channel, once per threshold.</summary>
public sealed class ExtensionDecisionWarningTests(RegistryApp app, WarningsHostFixture fixture) : IClassFixture<WarningsHostFixture>
{
    [Fact]
    public async Task Missing_decisions_reach_mail_webhook_calendar_and_odata_once_per_threshold_until_decided()
    {
        var host = await fixture.Delivering(app, new LocalDate(2034, 1, 5));
        var api = host.Api();
        var title = Unique.Title("Handlingsplan förslag");
        var end = host.Today.PlusDays(95);
        var id = await api.Draft(title, kind: "handlingsplan");
        await api.Ok(id, "set-adoption-requirement", new { requirement = "namedParties", parties = new[] { "VGR", "Borås" } });
        await api.Ok(id, "enter-into-force", new { validFrom = "2031-01-01", validTo = Iso(end) });
        await api.Ok(id, "propose-extension", new { newValidTo = Iso(end.PlusYears(2)), decision = new { body = "SRO", meetingDate = Iso(host.Today), agendaItem = "5" } });
        await api.Ok(id, "decide-extension", new { party = "VGR", decidedOn = Iso(host.Today) });

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => host.Evaluate()));
        host.SetToday(end.PlusDays(-90));
        await host.Evaluate();
        await host.Evaluate();

        var warnings = await ForDocument(api, id);
        Assert.Equal([("expiry", 180, Iso(end)), ("expiry", 90, Iso(end)), ("extensionDecisions", 180, Iso(end)), ("extensionDecisions", 90, Iso(end))],
            Keys(warnings));
        var latest = warnings.Single(w => w["kind"]!.GetValue<string>() == "extensionDecisions" && w["thresholdDays"]!.GetValue<int>() == 90);
        Assert.Contains("beslut saknas från: Borås", latest["details"]!.GetValue<string>());
        var warningId = WarningId(latest);

        await AllDelivered(api, warningId);
        var (body, _) = Assert.Single(fixture.Webhook.Accepted, a => a.IdempotencyKey == warningId.ToString());
        Assert.Equal("extensionDecisions", body["kind"]!.GetValue<string>());
        Assert.Contains(fixture.Smtp.MessagesAbout(title), m => m.TextBody?.Contains("Förlängning föreslagen, beslut saknas", StringComparison.Ordinal) == true
                                                               && m.TextBody.Contains("Borås", StringComparison.Ordinal));

        var calendarEvent = await CalendarEvent(api, id, "extensionDecisions");
        Assert.Equal(end.ToDateOnly(), calendarEvent.DtStart!.Date);

        var odata = await new OData.ODataFeed(api.Http).Rows($"/odata/Warnings?$filter=DocumentId eq {id} and Kind eq 'extensionDecisions'&$orderby=ThresholdDays desc");
        Assert.Equal([180, 90], odata.Select(w => w["ThresholdDays"]!.GetValue<int>()));

        await api.Ok(id, "decide-extension", new { party = "Borås", decidedOn = Iso(host.Today) });
        host.SetToday(end.PlusDays(-30));
        await host.Evaluate();

        Assert.Equal(2, (await ForDocument(api, id)).Count(w => w["kind"]!.GetValue<string>() == "extensionDecisions"));
        Assert.Equal(Iso(end.PlusYears(2)), (await api.State(id))["validTo"]!.GetValue<string>());
    }
}
