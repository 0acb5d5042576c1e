namespace Registry.Tests.Warnings;

public sealed class WarningIssuingTests(RegistryApp app, WarningsHostFixture fixture) : IClassFixture<WarningsHostFixture>
{
    private Task<WarningsHost> Host(LocalDate? today = null) => fixture.Host(app, Settings, today);

    /// <summary>A guideline in force from <paramref name="from"/>, ending 95 days after <paramref name="today"/>.</summary>
    private async Task<(WarningsHost Host, ApiClient Api, LocalDate End, Guid Id)> EndingIn95Days(LocalDate today, string from)
    {
        var host = await Host(today);
        var api = host.Api();
        var end = host.Today.PlusDays(95);
        return (host, api, end, await api.InForce(from, Iso(end)));
    }

    [Fact]
    public async Task Document_ending_in_95_days_gets_its_180_and_90_day_warnings_once_however_often_the_job_runs()
    {
        var (host, api, end, id) = await EndingIn95Days(new LocalDate(2031, 3, 1), "2029-01-01");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.Evaluate()));
        Assert.Equal([("expiry", 180, Iso(end))], Keys(await ForDocument(api, id)));

        // The job keeps running every day until the 90-day threshold, and several times on that day.
        for (var daysLeft = 94; daysLeft >= 90; daysLeft--)
        {
            host.SetToday(end.PlusDays(-daysLeft));
            await host.Evaluate();
        }
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.Evaluate()));
        await host.Evaluate();

        Assert.Equal([("expiry", 180, Iso(end)), ("expiry", 90, Iso(end))], Keys(await ForDocument(api, id)));
    }

    [Fact]
    public async Task After_an_extension_the_old_thresholds_do_not_fire_and_the_new_ones_do()
    {
        var (host, api, end, id) = await EndingIn95Days(new LocalDate(2033, 5, 2), "2030-01-01");
        await host.Evaluate();
        host.SetToday(end.PlusDays(-90));
        await host.Evaluate();

        var newEnd = end.PlusYears(1);
        await api.Ok(id, "extend", new { newValidTo = Iso(newEnd), decision = Decisions.Vvg(Iso(host.Today)) });
        foreach (var day in new[] { end.PlusDays(-30), end.PlusDays(-7), end })
        {
            host.SetToday(day);
            await host.Evaluate();
        }
        Assert.Equal([("expiry", 180, Iso(end)), ("expiry", 90, Iso(end))], Keys(await ForDocument(api, id)));

        host.SetToday(newEnd.PlusDays(-180));
        await host.Evaluate();
        await host.Evaluate();

        Assert.Equal([("expiry", 180, Iso(end)), ("expiry", 180, Iso(newEnd)), ("expiry", 90, Iso(end))],
            Keys(await ForDocument(api, id)));
    }

    [Fact]
    public async Task Notice_deadline_of_an_agreement_ending_on_a_month_end_is_the_last_day_of_the_month()
    {
        var host = await Host(new LocalDate(2020, 3, 1));
        var api = host.Api();
        var id = await api.InForce("2018-09-25", "2020-11-30", kind: "avtal", noticePeriodMonths: 8);
        Assert.Equal("2020-03-31", (await api.State(id))["noticeDeadline"]!.GetValue<string>());

        await host.Evaluate();

        // 30 days before 2020-03-31 is today; the expiry (274 days away) is not due yet.
        Assert.Equal([("noticeDeadline", 180, "2020-03-31"), ("noticeDeadline", 90, "2020-03-31"), ("noticeDeadline", 30, "2020-03-31")],
            Keys(await ForDocument(api, id)));
        var warning = (await ForDocument(api, id)).First();
        Assert.Contains("8 månader", warning["details"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_shorter_notice_period_re_arms_the_notice_warnings_for_the_new_deadline()
    {
        var host = await Host(new LocalDate(2017, 12, 1));
        var api = host.Api();
        var id = await api.InForce("2016-01-01", "2018-12-31", kind: "avtal", noticePeriodMonths: 12);
        await host.Evaluate();
        Assert.Equal([("noticeDeadline", 180, "2017-12-31"), ("noticeDeadline", 90, "2017-12-31"), ("noticeDeadline", 30, "2017-12-31")],
            Keys(await ForDocument(api, id)));

        // The minutes: the notice period shortened from twelve to eight months, so notice had to be given by 2018-04-30.
        await api.Ok(id, "change-notice-period", new { noticePeriodMonths = 8, decision = Decisions.Sro("2017-12-01") });
        host.SetToday(new LocalDate(2017, 12, 31));
        await host.Evaluate();

        var keys = Keys(await ForDocument(api, id));
        Assert.Contains(("noticeDeadline", 180, "2018-04-30"), keys);
        Assert.DoesNotContain(keys, k => k.Target == "2018-04-30" && k.Threshold < 180);
        Assert.DoesNotContain(keys, k => k.Target == "2017-12-31" && k.Threshold < 30);
    }

    [Fact]
    public async Task Remiss_deadline_warning_names_the_recipients_who_have_not_responded()
    {
        var host = await Host(new LocalDate(2031, 6, 1));
        var api = host.Api();
        var id = await api.Draft();
        await api.Ok(id, "send-remiss", new
        {
            sentOn = Iso(host.Today),
            responseDeadline = Iso(host.Today.PlusDays(40)),
            recipients = new[] { "Borås", "Skövde", "Lidköping" },
        });
        var recipients = (await api.State(id))["consultations"]![0]!["recipients"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        await api.Ok(id, "record-remiss-response", new { recipient = recipients[0], stance = "approve", respondedOn = Iso(host.Today) });
        host.SetToday(host.Today.PlusDays(10));

        await host.Evaluate();

        var warnings = await ForDocument(api, id);
        Assert.Equal([("remissDeadline", 30, Iso(host.Today.PlusDays(30)))], Keys(warnings));
        var details = warnings[0]["details"]!.GetValue<string>();
        Assert.Contains(recipients[1], details);
        Assert.Contains(recipients[2], details);
        Assert.DoesNotContain(recipients[0], details);
    }

    [Fact]
    public async Task A_remiss_package_gets_one_warning_listing_its_documents_and_each_ones_missing_recipients()
    {
        var host = await fixture.Host(app, Settings, today: new LocalDate(2032, 6, 1));
        var api = host.Api();
        var agreement = await api.Draft("Hälso- och sjukvårdsavtalet " + Guid.NewGuid().ToString("N")[..6], kind: "avtal");
        var overenskommelse = await api.Draft("Överenskommelse om in- och utskrivning " + Guid.NewGuid().ToString("N")[..6], kind: "overenskommelse");
        var sent = await api.Http.PostAsync("/api/remiss-packages", ApiClient.Content(new
        {
            name = "HoS-avtal med tillhörande överenskommelser",
            documentIds = new[] { agreement, overenskommelse },
            sentOn = Iso(host.Today),
            responseDeadline = Iso(host.Today.PlusDays(40)),
            recipients = new[] { "Borås", "Skövde" },
            otherRecipients = new[] { "Regionstyrelsen" },
        }), TestContext.Current.CancellationToken);
        await ApiClient.Expect(sent, HttpStatusCode.Created);
        var packageId = (await sent.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["packageId"]!.GetValue<Guid>();
        var answered = await api.Http.PostAsync($"/api/remiss-packages/{packageId}/responses",
            ApiClient.Content(new { recipient = "Borås", stance = "approve", respondedOn = Iso(host.Today) }), TestContext.Current.CancellationToken);
        await ApiClient.Expect(answered, HttpStatusCode.OK);
        await api.Ok(agreement, "record-remiss-response", new { recipient = "Skövde", stance = "approve", respondedOn = Iso(host.Today) });
        host.SetToday(host.Today.PlusDays(10));

        await host.Evaluate();
        await host.Evaluate();

        var warnings = (await ForDocument(api, agreement)).Concat(await ForDocument(api, overenskommelse)).ToList();
        Assert.All(warnings, w => Assert.Equal(("remissDeadline", 30, Iso(host.Today.PlusDays(30))), Keys([w]).Single()));
        var message = Assert.Single(warnings, w => w["coveredBy"] is null);
        Assert.Equal(2, warnings.Count);
        Assert.Equal(message["id"]!.GetValue<string>(), warnings.Single(w => w["coveredBy"] is not null)["coveredBy"]!.GetValue<string>());
        var titles = new[] { (await api.State(agreement)).Text("title"), (await api.State(overenskommelse)).Text("title") };
        Assert.Equal("Remisspaket HoS-avtal med tillhörande överenskommelser", message.Text("title"));
        Assert.Contains($"Remisspaketet omfattar 2 styrdokument: ", message.Text("details"));
        Assert.All(titles, t => Assert.Contains(t, message.Text("details")));
        Assert.Contains($"{titles[0]}: Regionstyrelsen", message.Text("details"));
        Assert.Contains($"{titles[1]}: Skövde, Regionstyrelsen", message.Text("details"));
        Assert.DoesNotContain("Borås", message.Text("details"));
    }

    [Fact]
    public async Task Follow_up_due_is_warned_about_until_it_is_completed()
    {
        var host = await Host(new LocalDate(2031, 9, 1));
        var api = host.Api();
        var id = await api.Draft();
        await api.Ok(id, "enter-into-force", new { validFrom = "2031-01-01" });
        var due = host.Today.PlusDays(30);
        await api.Ok(id, "schedule-follow-up", new { kind = "utvardering", dueOn = Iso(due), description = "Utvärdering efter ett år", followUpKey = "utv-1" });
        await host.Evaluate();
        Assert.Equal([("followUp", 30, Iso(due))], Keys(await ForDocument(api, id)));

        await api.Ok(id, "complete-follow-up", new { followUpKey = "utv-1", completedOn = Iso(host.Today) });
        host.SetToday(due);
        await host.Evaluate();

        Assert.Equal([("followUp", 30, Iso(due))], Keys(await ForDocument(api, id)));
    }

    [Fact]
    public async Task Administrator_acknowledges_a_warning_once()
    {
        var host = await Host(new LocalDate(2034, 1, 15));
        var api = host.Api();
        var id = await api.InForce("2030-01-01", Iso(host.Today.PlusDays(5)));
        await host.Evaluate();
        var warning = (await ForDocument(api, id)).First(w => w["thresholdDays"]!.GetValue<int>() == 7);
        Assert.Null(warning["acknowledgedAt"]);
        var warningId = warning["id"]!.GetValue<string>();

        var acknowledged = await api.Http.PostAsync($"/api/warnings/{warningId}/acknowledge", ApiClient.NoBody(), TestContext.Current.CancellationToken);
        await ApiClient.Expect(acknowledged, HttpStatusCode.OK);
        var body = (await acknowledged.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        Assert.NotNull(body["acknowledgedAt"]);
        Assert.False(string.IsNullOrEmpty(body["acknowledgedBy"]!.GetValue<string>()));

        var again = await api.Http.PostAsync($"/api/warnings/{warningId}/acknowledge", ApiClient.NoBody(), TestContext.Current.CancellationToken);
        await ApiClient.Expect(again, HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);

        var unknown = await api.Http.PostAsync($"/api/warnings/{Guid.NewGuid()}/acknowledge", ApiClient.NoBody(), TestContext.Current.CancellationToken);
        await ApiClient.Expect(unknown, HttpStatusCode.NotFound);

        var open = await api.Http.GetFromJsonAsync<JsonArray>($"/api/warnings?documentId={id}&acknowledged=false", TestContext.Current.CancellationToken);
        Assert.DoesNotContain(open!, w => w!["id"]!.GetValue<string>() == warningId);
        var done = await api.Http.GetFromJsonAsync<JsonArray>($"/api/warnings?documentId={id}&acknowledged=true&kind=expiry", TestContext.Current.CancellationToken);
        Assert.Equal(warningId, Assert.Single(done!)!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("kind=forfallen", "kind", "Okänd typ av varning")]
    [InlineData("documentId=inte-ett-id", "documentId", "inget dokument-id")]
    [InlineData("acknowledged=kanske", "acknowledged", "true eller false")]
    public async Task Bad_warning_query_is_a_bad_request(string query, string field, string message)
    {
        var host = await Host();
        var response = await host.Api().Http.GetAsync($"/api/warnings?{query}", TestContext.Current.CancellationToken);
        await ApiClient.Expect(response, HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        Assert.Contains(message, problem["errors"]![field]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Warnings_of_an_unknown_document_are_not_found()
    {
        var host = await Host();
        var response = await host.Api().Http.GetAsync($"/api/documents/{Guid.NewGuid()}/warnings", TestContext.Current.CancellationToken);
        await ApiClient.Expect(response, HttpStatusCode.NotFound);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Document_kind_with_its_own_thresholds_is_warned_at_those_only()
    {
        var host = await Host(new LocalDate(2036, 1, 10));
        var api = host.Api();
        var end = host.Today.PlusDays(100);
        var plan = await api.InForce("2034-01-01", Iso(end), kind: "handlingsplan");
        await host.Evaluate();
        Assert.Empty(await ForDocument(api, plan));

        host.SetToday(end.PlusDays(-60));
        await host.Evaluate();

        Assert.Equal([("expiry", 60, Iso(end))], Keys(await ForDocument(api, plan)));
    }

    private static IReadOnlyDictionary<string, string> Settings(WarningsHostFixture fixture) => new Dictionary<string, string>
    {
        ["Registry:Warnings:ThresholdsByDocumentKind:handlingsplan:expiry:0"] = "60",
    };
}
