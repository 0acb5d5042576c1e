using Registry.Tests.OData;
using Registry.Tests.Warnings;

namespace Registry.Tests.Validity;

/// <summary>
/// Issue 12 points 3 and 9: "tills dess en ny struktur finns på plats" with a review date, through the API, the OData
/// feed, the document page, and the review-date warning on every channel (mail, webhook, calendar, OData Warnings),
/// once per threshold.
/// </summary>
public sealed class EndConditionTests(RegistryApp app, WarningsHostFixture fixture) : IClassFixture<WarningsHostFixture>
{
    private const string Structure = "tills dess en ny struktur finns på plats";

    [Fact]
    public async Task An_end_condition_is_shown_everywhere_and_its_review_date_warns_once_per_threshold_on_every_channel()
    {
        var host = await fixture.Delivering(app, new LocalDate(2034, 1, 10));
        var api = host.Api();
        var title = Unique.Title("Uppdrag villkor");
        var id = await api.Draft(title, "uppdragshandling");
        await api.Ok(id, "enter-into-force", new { validFrom = "2034-01-01" });
        var review = host.Today.PlusDays(100);
        await api.Ok(id, "set-end-condition", new
        {
            condition = Structure,
            reviewOn = Iso(review),
            source = new { body = "VVG", meetingDate = "2034-01-09", agendaItem = "7" },
        });

        var state = await api.State(id);
        Assert.True(state["untilFurtherNotice"]!.GetValue<bool>());
        Assert.Equal((Structure, Iso(review)), (state["endCondition"].Text("condition"), state["endCondition"].Text("reviewOn")));
        Assert.Equal("VVG 2034-01-09 punkt 7", (await api.History(id))[^1].Text("source"));
        var feed = new ODataFeed(api.Http);
        var row = await feed.Get($"/odata/Documents({id})?$select=UntilFurtherNotice,EndCondition,ReviewOn,ValidTo");
        Assert.Equal((true, Structure, Iso(review)), (row["UntilFurtherNotice"]!.GetValue<bool>(), row.Text("EndCondition"), row.Text("ReviewOn")));
        Assert.Null(row["ValidTo"]);
        Assert.Equal(Structure, Assert.Single(await feed.Rows($"/odata/ValidityPeriods?$filter=DocumentId eq {id}")).Text("EndCondition"));
        Assert.Single(await feed.Rows($"/odata/Documents?$filter=Id eq {id} and ReviewOn le {Iso(review)} and UntilFurtherNotice"));
        var page = await host.DocumentPage(id);
        Assert.Contains($"id=\"villkor\">{Structure}</dd>", page);
        Assert.Contains($"id=\"omprovas\">{Iso(review)}</dd>", page);

        await host.Evaluate();
        Assert.Empty(await ForDocument(api, id));
        host.SetToday(review.PlusDays(-90));
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => host.Evaluate()));
        host.SetToday(review.PlusDays(-30));
        await host.Evaluate();
        await host.Evaluate();

        var warnings = await ForDocument(api, id);
        Assert.Equal([("reviewDate", 90, Iso(review)), ("reviewDate", 30, Iso(review))], Keys(warnings));
        var odata = await feed.Rows($"/odata/Warnings?$filter=DocumentId eq {id} and Kind eq 'reviewDate'&$orderby=ThresholdDays desc");
        Assert.Equal([90, 30], odata.Select(w => w["ThresholdDays"]!.GetValue<int>()));
        await fixture.AssertDeliveredOnce(api, warnings);
        var mails = fixture.Smtp.MessagesAbout(title);
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Contains("omprövning av villkor för upphörande", m.Subject));
        Assert.All(mails, m => Assert.Contains(Structure, m.TextBody));
        var hook = fixture.Webhook.Accepted.Select(a => a.Body).Where(b => b.Text("documentId") == id.ToString()).ToList();
        Assert.Equal(2, hook.Count);
        Assert.All(hook, b => Assert.Equal("reviewDate", b.Text("kind")));

        var reviewEvent = await CalendarEvent(api, id, "reviewDate");
        Assert.Equal(review.ToDateOnly(), reviewEvent.DtStart!.Date);
        Assert.StartsWith($"Omprövning av villkor för upphörande: {title}", reviewEvent.Summary);
    }

    [Fact]
    public async Task A_document_with_an_end_date_is_refused_an_end_condition()
    {
        var host = await fixture.Host(app, DeliveryTests.Channels);
        var api = host.Api();
        var id = await api.InForce(from: "2030-01-01", to: "2035-12-31");
        await api.Rejects(id, "set-end-condition", new { condition = Structure }, "condition",
            "Dokumentet gäller till 2035-12-31; ett villkor för upphörande gäller bara ett dokument som gäller tills vidare.");
    }
}
