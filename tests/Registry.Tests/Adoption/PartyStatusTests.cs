using Registry.Tests.OData;

namespace Registry.Tests.Adoption;

/// <summary>Per-party adoption and proposed extensions through the API and the OData feed.</summary>
public sealed class PartyStatusTests(RegistryApp app) : ApiTests(app)
{
    private readonly ODataFeed _feed = new(app.Api().Http);

    private static object Decision(string body, string date, string? item = null) => new { body, meetingDate = date, agendaItem = item };

    /// <summary>The Naturbruk agreement as SRO 2018-02-22 punkt 2 has it: all 49 kommuner must enter it, each leaves alone.</summary>
    private async Task<Guid> Agreement()
    {
        var id = await Api.Draft("Samverkansavtal Naturbruk " + Guid.NewGuid().ToString("N")[..6], kind: "avtal");
        await Api.Ok(id, "set-adoption-requirement", new
        {
            requirement = "allMunicipalities",
            noticeScope = "partyOnly",
            source = new { body = "SRO", meetingDate = "2018-02-22", agendaItem = "2" },
        });
        await Api.Ok(id, "endorse", new { outcome = "recommendedToEnterAgreement", decision = Decision("SRO", "2018-02-22", "2") });
        await Api.Ok(id, "adopt", new { party = "Borås", decidedOn = "2018-05-28", decision = Decision("Borås kommunfullmäktige", "2018-05-28", "12") });
        await Api.Ok(id, "adopt", new { party = "Skövde", decidedOn = "2019-02-25" });
        await Api.Ok(id, "enter-into-force", new { validFrom = "2019-01-01", validTo = "2022-12-31", noticePeriodMonths = 12 });
        return id;
    }

    [Fact]
    public async Task The_document_says_who_has_adopted_and_who_is_missing_and_each_partys_period()
    {
        var id = await Agreement();

        var state = await Api.State(id);
        Assert.Equal((2, 49), (state["adoptionCount"]!.GetValue<int>(), state["requiredAdoptions"]!.GetValue<int>()));
        var missing = state["missingAdoptions"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        Assert.Equal(47, missing.Count);
        Assert.DoesNotContain("Borås", missing);
        Assert.DoesNotContain("Västra Götalandsregionen", missing);
        var skovde = state["parties"]!.AsArray().Single(p => p!["party"]!.GetValue<string>() == "Skövde")!;
        // Recorded in force; today (the test clock, 2026-11-22) its end date has passed, so it reads lapsed (ADR 0027).
        Assert.Equal(("inForce", "lapsed", "2019-02-25", "2022-12-31"),
            (skovde["recordedState"]!.GetValue<string>(), skovde["state"]!.GetValue<string>(), skovde["inForceFrom"]!.GetValue<string>(),
                skovde["inForceTo"]!.GetValue<string>()));

        var rows = await _feed.Rows($"/odata/PartyStatus?$filter=DocumentId eq {id} and Adopted&$orderby=Party");
        Assert.Equal(["Borås", "Skövde"], rows.Select(r => r["Party"]!.GetValue<string>()));
        Assert.Equal(("2018-05-28", "2019-01-01", "Borås kommunfullmäktige 2018-05-28 punkt 12", "SRO 2018-02-22 punkt 2", "Utgånget"),
            (rows[0]["AdoptedOn"]!.GetValue<string>(), rows[0]["InForceFrom"]!.GetValue<string>(), rows[0]["AdoptionDecision"]!.GetValue<string>(),
                rows[0]["RecommendedBy"]!.GetValue<string>(), rows[0]["StateLabel"]!.GetValue<string>()));

        var document = (await _feed.Get($"/odata/Documents({id})?$select=Id&$expand=PartyStatus($filter=State eq 'NotDecided';$select=Party)"));
        Assert.Equal(47, document["PartyStatus"]!.AsArray().Count);
        Assert.Equal(49, (await _feed.Rows($"/odata/PartyStatus?$filter=DocumentId eq {id} and Required")).Count);
    }

    [Fact]
    public async Task Notice_by_one_municipality_ends_only_its_part_and_the_huvudman_question_says_so()
    {
        var id = await Agreement();

        await Api.Ok(id, "give-notice", new { party = "Borås", givenOn = "2020-03-31" });

        var state = await Api.State(id);
        // Recorded: still in force for the others (today, by the test clock, the end date has passed: ADR 0027).
        Assert.Equal(("inForce", "2022-12-31"), (state["recordedStatus"]!.GetValue<string>(), state["validTo"]!.GetValue<string>()));
        var row = Assert.Single(await _feed.Rows($"/odata/PartyStatus?$filter=DocumentId eq {id} and NoticeGivenOn ne null"));
        // The notice ran out on 2021-03-31: "Upphört" today, computed in SQL (it was recorded as "Uppsagt").
        Assert.Equal(("Borås", "2021-03-31", "2021-03-31", "Upphört"),
            (row["Party"]!.GetValue<string>(), row["NoticeEndsOn"]!.GetValue<string>(), row["InForceTo"]!.GetValue<string>(), row["StateLabel"]!.GetValue<string>()));

        var boras = await Api.Http.GetFromJsonAsync<JsonObject>("/api/parties/bor%C3%A5s?date=2021-06-01", TestContext.Current.CancellationToken);
        Assert.Equal(("Borås", "2021-06-01"), (boras!["party"]!.GetValue<string>(), boras["date"]!.GetValue<string>()));
        var ended = boras["ended"]!.AsArray().Single(d => d!["documentId"]!.GetValue<Guid>() == id)!;
        Assert.Equal("Har lämnat avtalet efter 2021-03-31", ended["standing"]!.GetValue<string>());
        var skovde = await Api.Http.GetFromJsonAsync<JsonObject>("/api/parties/Sk%C3%B6vde?date=2021-06-01", TestContext.Current.CancellationToken);
        Assert.Contains(skovde!["inForce"]!.AsArray(), d => d!["documentId"]!.GetValue<Guid>() == id);
    }

    [Fact]
    public async Task A_backed_extension_shows_as_proposed_with_the_missing_decisions_until_the_last_one()
    {
        var id = await Api.InForce(from: "2018-01-01", to: "2020-12-31", kind: "handlingsplan");
        await Api.Ok(id, "set-adoption-requirement", new { requirement = "namedParties", parties = new[] { "VGR", "Borås", "Mark" } });
        await Api.Ok(id, "propose-extension", new { newValidTo = "2022-12-31", withEditorialChanges = true, decision = Decision("SRO", "2020-11-06", "5") });
        await Api.Ok(id, "decide-extension", new { party = "Mark", decidedOn = "2020-12-10" });

        var state = await Api.State(id);
        Assert.Equal("2020-12-31", state["validTo"]!.GetValue<string>());
        var proposal = state["proposedExtension"]!;
        Assert.Equal(("Förlängning föreslagen", "2022-12-31"), (proposal["label"]!.GetValue<string>(), proposal["newValidTo"]!.GetValue<string>()));
        Assert.Equal(["Västra Götalandsregionen", "Borås"], proposal["missing"]!.AsArray().Select(p => p!.GetValue<string>()));
        var row = Assert.Single(await _feed.Rows($"/odata/Documents?$filter=Id eq {id} and ProposedValidTo ne null&$select=ProposedValidTo,ExtensionDecisionsMissing"));
        Assert.Equal(("2022-12-31", "Västra Götalandsregionen, Borås"), (row["ProposedValidTo"]!.GetValue<string>(), row["ExtensionDecisionsMissing"]!.GetValue<string>()));
        Assert.Equal(["Borås", "Västra Götalandsregionen"], (await _feed.Rows($"/odata/PartyStatus?$filter=DocumentId eq {id} and ExtensionDecisionMissing&$orderby=Party"))
            .Select(r => r["Party"]!.GetValue<string>()));

        await Api.Ok(id, "decide-extension", new { party = "VGR", decidedOn = "2020-12-15", decision = Decision("Regionstyrelsen", "2020-12-15") });
        await Api.Ok(id, "decide-extension", new { party = "Borås", decidedOn = "2021-01-28" });

        state = await Api.State(id);
        Assert.Equal("2022-12-31", state["validTo"]!.GetValue<string>());
        Assert.Null(state["proposedExtension"]);
        var period = state["validityPeriods"]!.AsArray()[^1]!;
        Assert.Equal(("2021-01-01", "extension", "Borås"), (period["from"]!.GetValue<string>(), period["basis"]!.GetValue<string>(), period["decision"]!["body"]!.GetValue<string>()));
        Assert.Equal(["extension_proposed", "extension_decided", "extension_decided", "extension_decided", "document_extended"], (await Api.HistoryTypes(id)).TakeLast(5));
        Assert.Empty(await _feed.Rows($"/odata/Documents?$filter=Id eq {id} and ProposedValidTo ne null"));
    }

    [Fact]
    public async Task Bad_inputs_are_refused_naming_the_field()
    {
        var id = await Api.InForce(kind: "avtal", noticePeriodMonths: 12);
        await Api.Rejects(id, "set-adoption-requirement", new { requirement = "namedParties", parties = new[] { "Borås", "Lund" } }, "parties[1]",
            "\"Lund\" är inte en huvudman: ange Västra Götalandsregionen eller en av de 49 kommunerna.");
        await Api.Rejects(id, "decide-extension", new { party = "Borås", decidedOn = "2021-01-28" }, "status", "Ingen förlängning är föreslagen.");
        await Api.Rejects(id, "propose-extension", new { newValidTo = "2023-12-31", decision = Decision("SRO", "2020-11-06") }, "newValidTo",
            "Det nya slutdatumet måste ligga efter nuvarande slutdatum 2023-12-31.");

        var party = await ApiClient.ExpectProblem(await Api.Http.GetAsync("/api/parties/Lund", TestContext.Current.CancellationToken), HttpStatusCode.BadRequest);
        Assert.NotNull(party["errors"]!["party"]);
        var date = await ApiClient.ExpectProblem(await Api.Http.GetAsync("/api/parties/Bor%C3%A5s?date=2026-13-01", TestContext.Current.CancellationToken), HttpStatusCode.BadRequest);
        Assert.Equal("\"2026-13-01\" är inget datum: skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-06-01.", date["errors"]!["date"]![0]!.GetValue<string>());

        var odata = await Api.Http.GetAsync("/odata/PartyStatus?$filter=Nope eq 1", TestContext.Current.CancellationToken);
        await ApiClient.Expect(odata, HttpStatusCode.BadRequest);
        Assert.NotNull((await StrictODataReader.Error(odata)).Message);
    }
}
