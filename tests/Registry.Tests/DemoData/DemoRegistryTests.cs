using Registry.DemoData;
using Registry.Provenance;

namespace Registry.Tests.DemoData;

/// <summary>
/// The demo registry, loaded into a fresh database, holds what the five SRO/VVG minutes say and nothing else: every
/// fact with its point as source, what the minutes leave open left open (ADR 0026). One test per meeting compares the
/// registry with those minutes.
/// </summary>
public sealed class DemoRegistryTests(DemoRegistryApp demo) : IClassFixture<DemoRegistryApp>
{
    private readonly ApiClient _api = demo.Api();

    private Task<JsonObject> Demo(string key) => _api.State(DemoRegistry.IdFor(key));

    private async Task<JsonObject> Meeting(string body, string date)
    {
        var response = await _api.Http.GetAsync($"/api/meetings/{DemoRegistry.MeetingIdFor(body, date)}", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
    }

    private static JsonNode Point(JsonObject meeting, string number) =>
        meeting["points"]!.AsArray().Single(p => p.Text("number") == number)!;

    private static IEnumerable<string> Outcomes(JsonObject state) => state["endorsements"]!.AsArray().Select(e => e.Text("outcome"));

    private static JsonNode LastPeriod(JsonObject state) => state["validityPeriods"]!.AsArray()[^1]!;

    [Fact]
    public async Task Every_item_the_minutes_mention_is_listed_with_every_fact_sourced_and_nothing_inferred()
    {
        var listed = await _api.Http.GetFromJsonAsync<JsonArray>("/api/documents", TestContext.Current.CancellationToken);

        Assert.Equal(20, listed!.Count);
        foreach (var document in listed)
        {
            var history = await _api.History(Guid.Parse(document.Text("id")));
            Assert.Equal("document_drafted", history[0].Text("type"));
            Assert.All(history, e => Assert.Equal(DemoRegistry.RecordedBy, e.Text("recordedBy")));
            Assert.All(history, e => Assert.NotEqual(Source.Missing, e.Text("source")));
            // Nothing is inferred at load: no document lapses, is replaced or is withdrawn unless the minutes say so.
            Assert.DoesNotContain(history, e => e.Text("type") is "document_expired" or "document_superseded" or "draft_withdrawn");
        }
    }

    [Fact]
    public async Task SRO_2018_02_22_recommends_the_Naturbruk_agreement_to_all_49_municipalities_and_shortens_the_old_ones_notice()
    {
        var meeting = await Meeting("SRO", "2018-02-22");
        var agreement = await Demo("naturbruksutbildning-2019");
        var old = await Demo("naturbruksutbildning-tidigare");
        var discharge = await Demo("overenskommelse-in-och-utskrivning");

        Assert.Equal(["1", "2", "3", "4", "5", "6a"], meeting["points"]!.AsArray().Select(p => p.Text("number")));
        Assert.Equal("minnesanteckningar", meeting.Text("recordKind"));
        // Punkt 2: recommended "att träffa" the agreement, which rests on all the county's 49 municipalities; the
        // minutes do not say the huvudmän decided, so it has not entered into force.
        Assert.Equal(["recommendedToEnterAgreement"], Outcomes(agreement));
        JsonAssert.Decision(agreement["endorsements"]![0]!["decision"], "SRO", "2018-02-22", "2");
        Assert.Equal("allMunicipalities", agreement.Text("adoptionRequirement"));
        Assert.Equal(49, agreement.Number("requiredAdoptions"));
        Assert.Equal("endorsed", agreement.Text("status"));
        Assert.True(agreement.IsNull("validFrom"));
        // The old agreement: notice shortened from twelve to eight months; SRO recommends giving notice. Neither its
        // end nor a notice is recorded in the minutes.
        Assert.Equal(8, old.Number("noticePeriodMonths"));
        Assert.Equal("inForce", old.Text("status"));
        Assert.Equal(["recommendedToPrincipals"], Outcomes(old));
        Assert.Contains("senast den 30 april 2018", old["endorsements"]![0].Text("wording"));
        Assert.Equal("unknown", old.Text("validFromPrecision"));
        // Punkt 1: the temporary agreement 2018-01-01 – 2018-09-24; the proposed term after it is only proposed.
        Assert.Equal(["2018-01-01–2018-09-24"], discharge["validityPeriods"]!.AsArray().Select(p => $"{p.Text("from")}–{p.Text("to")}"));
        Assert.Equal(2, discharge["pendingRevision"].Number("textVersion"));
        Assert.Equal("endorsed", Outcomes(discharge).First());
        Assert.Equal("endorsed", (await Demo("riktlinje-in-och-utskrivningsprocessen"))["endorsements"]![0].Text("outcome"));
    }

    [Fact]
    public async Task SRO_2020_11_06_backs_the_mental_health_plan_extension_and_hands_it_on_and_only_notes_the_rest()
    {
        var meeting = await Meeting("SRO", "2020-11-06");
        var plan = await Demo("handlingsplan-psykisk-halsa-2018-2020");
        var health = await Demo("hos-avtal");
        var sip = await Demo("riktlinje-sip");

        Assert.Equal(["4", "5", "6", "7", "8"], meeting["points"]!.AsArray().Select(p => p.Text("number")));
        // Punkt 5: "ställer sig bakom … samt överlämnar handlingsplanen till huvudmännen för beslut": no extension,
        // since the minutes do not say the huvudmän decided.
        Assert.Equal(["endorsed", "endorsed", "handedToPrincipals"], Outcomes(plan));
        Assert.Equal("2020-12-31", plan.Text("validTo"));
        Assert.Equal("year", plan.Text("validToPrecision"));
        Assert.Equal(0, plan.Number("extensionCount"));
        JsonAssert.Decision(plan["lastDecision"], "SRO", "2020-11-06", "5");
        // "Handlingsplanen föreslås förlängas t o m 2022": recorded as a proposal waiting for the huvudmän's decisions.
        var proposal = plan["proposedExtension"]!;
        Assert.Equal("2022-12-31", proposal.Text("newValidTo"));
        Assert.Equal("year", proposal.Text("newValidToPrecision"));
        JsonAssert.Decision(proposal["proposal"], "SRO", "2020-11-06", "5");
        var proposed = (await _api.History(DemoRegistry.IdFor("handlingsplan-psykisk-halsa-2018-2020"))).Single(e => e.Text("type") == "extension_proposed");
        Assert.Equal("SRO 2020-11-06 punkt 5", proposed.Text("source"));
        Assert.Contains("föreslås förlängas t o m 2022", proposed.Text("note"));
        // Information points never become the latest decision.
        Assert.Equal("noted", Outcomes(sip).Single());
        Assert.True(sip.IsNull("lastDecision"));
        Assert.All(Outcomes(health), o => Assert.Equal("noted", o));
        Assert.True(health.IsNull("lastDecision"));
        Assert.Equal("unknown", health.Text("validFromPrecision"));
        // Punkt 6 notes a report about five items: the agreement, two överenskommelser, the roadmap and the review.
        Assert.Equal(5, Point(meeting, "6")["positions"]!.AsArray().Count(p => p!["documentId"] is not null));
    }

    [Fact]
    public async Task VVG_in_2021_without_a_date_endorses_the_kvinnofrid_plan_and_the_familjecentral_commission()
    {
        var meeting = await Meeting("VVG", "2021-01-01");
        var commission = await Demo("uppdragshandling-familjecentraler");

        Assert.Equal("approximate", meeting.Text("datePrecision"));
        Assert.Equal(["4", "5", "6", "7", "8", "9"], meeting["points"]!.AsArray().Select(p => p.Text("number")));
        Assert.Equal("endorsed", (await Demo("genomforandeplan-kvinnofrid-2021"))["endorsements"]![0].Text("outcome"));
        Assert.Equal("endorsed", commission["endorsements"]![0].Text("outcome"));
        JsonAssert.Decision(commission["endorsements"]![0]!["decision"], "VVG", "2021-01-01", "6");
        Assert.Equal("approximate", commission["endorsements"]![0]!["decision"]!.Text("meetingDatePrecision"));
        var history = await _api.History(DemoRegistry.IdFor("uppdragshandling-familjecentraler"));
        Assert.Contains(history, e => e.Text("summary").Contains("VVG ca 2021 punkt 6"));
        Assert.Equal("2022-05-31", commission["followUps"]![0].Text("dueOn"));
    }

    [Fact]
    public async Task SRO_2021_11_19_keeps_the_health_care_agreements_remiss_to_2021_12_31_and_backs_three_commissions()
    {
        var meeting = await Meeting("SRO", "2021-11-19");
        var remiss = (await Demo("hos-avtal"))["consultations"]![0]!;
        var council = await Demo("interimistiskt-kunskapsrad");
        var welfare = await Demo("samverkansavtal-valfardsteknik");

        Assert.Equal(["4", "5", "6", "7", "8", "9"], meeting["points"]!.AsArray().Select(p => p.Text("number")));
        Assert.Equal("2021-12-31", remiss.Text("responseDeadline"));
        Assert.Equal(50, remiss["recipients"]!.AsArray().Count);
        Assert.True(remiss.IsNull("closedOn"));
        var sent = (await _api.History(DemoRegistry.IdFor("hos-avtal"))).Single(e => e.Text("type") == "remiss_sent");
        Assert.Equal("month", sent.Text("businessDatePrecision"));
        Assert.Equal("SRO 2021-11-19 punkt 9", sent.Text("source"));
        // "Hälso- och sjukvårdsavtalet med tillhörande överenskommelser": one remiss package over the agreement and the
        // two överenskommelser revised with it (SRO 2020-11-06 punkt 6).
        var package = remiss["package"]!;
        Assert.Equal("Hälso- och sjukvårdsavtalet med tillhörande överenskommelser", package.Text("name"));
        Assert.Equal(DemoRegistry.PackageIdFor("hos-avtal-med-overenskommelser"), package["id"]!.GetValue<Guid>());
        Assert.Equal(new[] { "hos-avtal", "overenskommelse-psykisk-funktionsnedsattning-missbruk", "overenskommelse-in-och-utskrivning" }
            .Select(DemoRegistry.IdFor), package["documents"]!.AsArray().Select(d => d!.GetValue<Guid>()));
        foreach (var member in new[] { "overenskommelse-psykisk-funktionsnedsattning-missbruk", "overenskommelse-in-och-utskrivning" })
        {
            var round = (await Demo(member))["openConsultation"]!;
            Assert.Equal("2021-12-31", round.Text("responseDeadline"));
            Assert.Equal(package["id"]!.GetValue<Guid>(), round["package"]!["id"]!.GetValue<Guid>());
        }
        // Punkt 7: the interim period is extended "tills dess en ny … struktur finns på plats": no end date.
        Assert.Contains("tills dess", council["endorsements"]![0].Text("wording"));
        Assert.True(council.IsNull("validTo"));
        Assert.Equal(["noted", "endorsed"], Outcomes(await Demo("oversyn-samverkansstruktur")).TakeLast(2));
        Assert.Equal(50, welfare.Number("requiredAdoptions"));
        Assert.Equal("2022-01-31", (await Demo("primarvardsuppdraget"))["followUps"]![0].Text("dueOn"));
    }

    [Fact]
    public async Task VVG_2023_12_15_extends_two_guidelines_and_plans_the_roadmaps_follow_up()
    {
        var meeting = await Meeting("VVG", "2023-12-15");
        var accompanying = await Demo("riktlinje-medfoljande-personal");
        var expectedChild = await Demo("riktlinje-oro-for-vantat-barn");
        var roadmap = await Demo("fardplan-nara-vard");

        Assert.Equal("Riktlinje medföljande personal till sjukhus", accompanying.Text("title"));
        Assert.Equal("inForce", accompanying.Text("status"));
        Assert.Equal("2026-12-31", accompanying.Text("validTo"));
        Assert.Equal("2023-12-31", accompanying.Text("originalValidTo"));
        Assert.Equal("unknown", accompanying.Text("validFromPrecision"));
        Assert.Equal("extension", LastPeriod(accompanying).Text("basis"));
        Assert.True(LastPeriod(accompanying)["withEditorialChanges"]!.GetValue<bool>());
        JsonAssert.Decision(LastPeriod(accompanying)["decision"], "VVG", "2023-12-15", "6");
        Assert.Equal("2025-12-31", expectedChild.Text("validTo"));
        Assert.False(LastPeriod(expectedChild)["withEditorialChanges"]!.GetValue<bool>());
        JsonAssert.Decision(LastPeriod(expectedChild)["decision"], "VVG", "2023-12-15", "5");
        // Its end date has passed and no one recorded an end: it has lapsed by the calendar (issue 12 point 5), nothing recorded.
        Assert.Equal("lapsed", expectedChild.Text("status"));
        Assert.Equal("inForce", expectedChild.Text("recordedStatus"));
        Assert.Equal("2023-01-01", roadmap.Text("validFrom"));
        Assert.True(roadmap.IsNull("validTo"));
        Assert.Equal(["2024-12-31", "2028-12-31"], roadmap["followUps"]!.AsArray().Select(f => f.Text("dueOn")));
        Assert.Equal("struck", Point(meeting, "11a")["positions"]![0].Text("outcome"));
        Assert.Equal("endorsed", (await Demo("uppdragshandling-lss-korttidsvistelse"))["endorsements"]![0].Text("outcome"));
        Assert.Equal("noted", Outcomes(await Demo("hos-avtal")).Last());
    }
}
