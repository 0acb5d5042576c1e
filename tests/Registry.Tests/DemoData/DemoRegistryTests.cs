using Registry.DemoData;

namespace Registry.Tests.DemoData;

/// <summary>The demo registry, loaded into a fresh database, holds what the SRO/VVG minutes say.</summary>
public sealed class DemoRegistryTests(DemoRegistryApp demo) : IClassFixture<DemoRegistryApp>
{
    private readonly ApiClient _api = demo.Api();

    private Task<JsonObject> Demo(string key) => _api.State(DemoRegistry.IdFor(key));

    private static JsonNode LastPeriod(JsonObject state) => state["validityPeriods"]!.AsArray()[^1]!;

    [Fact]
    public async Task Every_demo_document_is_listed_and_every_step_was_recorded_by_the_demo_loader()
    {
        var listed = await _api.Http.GetFromJsonAsync<JsonArray>("/api/documents", TestContext.Current.CancellationToken);

        Assert.Equal(17, listed!.Count);
        foreach (var document in listed)
        {
            var history = await _api.History(Guid.Parse(document.Text("id")));
            Assert.Equal("document_drafted", history[0].Text("type"));
            Assert.All(history, e => Assert.Equal(DemoRegistry.RecordedBy, e.Text("recordedBy")));
        }
    }

    [Fact]
    public async Task The_guideline_on_accompanying_staff_is_extended_by_VVG_with_editorial_changes_to_2026()
    {
        var state = await Demo("riktlinje-medfoljande-personal");

        Assert.Equal("Riktlinje medföljande personal till sjukhus", state.Text("title"));
        Assert.Equal("inForce", state.Text("status"));
        Assert.Equal("2026-12-31", state.Text("validTo"));
        Assert.Equal("2023-12-31", state.Text("originalValidTo"));
        Assert.Equal("extension", LastPeriod(state).Text("basis"));
        Assert.True(LastPeriod(state)["withEditorialChanges"]!.GetValue<bool>());
        JsonAssert.Decision(LastPeriod(state)["decision"], "VVG", "2023-12-15", "6");
    }

    [Fact]
    public async Task The_guideline_on_concern_for_an_expected_child_was_extended_to_2025_and_has_since_lapsed()
    {
        var state = await Demo("riktlinje-oro-for-vantat-barn");

        Assert.Equal("2025-12-31", state.Text("validTo"));
        Assert.False(LastPeriod(state)["withEditorialChanges"]!.GetValue<bool>());
        JsonAssert.Decision(LastPeriod(state)["decision"], "VVG", "2023-12-15", "5");
        Assert.Equal("expired", state.Text("status"));
    }

    [Fact]
    public async Task The_Naturbruksutbildning_agreement_runs_2019_to_2022_for_all_parties_and_replaces_the_old_one()
    {
        var state = await Demo("naturbruksutbildning-2019");
        var old = await Demo("naturbruksutbildning-tidigare");

        Assert.Equal("2019-01-01", state.Text("validFrom"));
        Assert.Equal("2022-12-31", state.Text("validTo"));
        Assert.True(state["requiresAllParties"]!.GetValue<bool>());
        Assert.Equal(50, state.Number("requiredAdoptions"));
        Assert.Equal("recommendedToPrincipals", state["endorsements"]![0].Text("outcome"));
        JsonAssert.Decision(state["endorsements"]![0]!["decision"], "SRO", "2018-02-22", "2");
        // The old agreement: notice shortened from twelve to eight months, so notice by 2018-04-30 to end it at the new year.
        Assert.Equal(8, old.Number("noticePeriodMonths"));
        Assert.Equal("2018-12-31", old.Text("validTo"));
        Assert.Equal("2018-04-30", old.Text("noticeDeadline"));
        Assert.Equal("superseded", old.Text("status"));
        Assert.Equal(DemoRegistry.IdFor("naturbruksutbildning-2019").ToString(), old.Text("supersededBy"));
    }

    [Fact]
    public async Task The_admission_and_discharge_agreement_had_a_temporary_period_then_ran_2018_09_25_to_2020_11_30()
    {
        var state = await Demo("overenskommelse-in-och-utskrivning");

        var periods = state["validityPeriods"]!.AsArray().Select(p => $"{p.Text("from")}–{p.Text("to")}");
        Assert.Equal(["2018-01-01–2018-09-24", "2018-09-25–2020-11-30"], periods);
        Assert.Equal("utvardering", state["followUps"]![0].Text("kind"));
        Assert.Equal("2019-09-25", state["followUps"]![0].Text("dueOn"));
        Assert.Equal(DemoRegistry.IdFor("hos-avtal").ToString(), state.Text("parentId"));
    }

    [Fact]
    public async Task The_mental_health_action_plan_2018_2020_was_extended_to_2022()
    {
        var state = await Demo("handlingsplan-psykisk-halsa-2018-2020");

        Assert.Equal("2020-12-31", state.Text("originalValidTo"));
        Assert.Equal("2022-12-31", state.Text("validTo"));
        JsonAssert.Decision(LastPeriod(state)["decision"], "SRO", "2020-11-06", "5");
    }

    [Fact]
    public async Task The_health_care_agreement_went_on_remiss_to_all_50_parties_until_2021_12_31()
    {
        var remiss = (await Demo("hos-avtal"))["consultations"]![0]!;

        Assert.Equal("2021-12-31", remiss.Text("responseDeadline"));
        Assert.Equal(50, remiss["recipients"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_roadmap_applies_from_2023_with_follow_ups_in_2024_and_2028()
    {
        var state = await Demo("fardplan-nara-vard");

        Assert.Equal("2023-01-01", state.Text("validFrom"));
        Assert.True(state.IsNull("validTo"));
        Assert.Equal("inForce", state.Text("status"));
        Assert.Equal(["2024-12-31", "2028-12-31"], state["followUps"]!.AsArray().Select(f => f.Text("dueOn")));
    }

    [Fact]
    public async Task The_interim_knowledge_council_was_extended_for_2022()
    {
        var state = await Demo("interimistiskt-kunskapsrad");

        Assert.Equal("2022-12-31", state.Text("validTo"));
        JsonAssert.Decision(LastPeriod(state)["decision"], "SRO", "2021-11-19", "7");
    }

    [Fact]
    public async Task The_SIP_guideline_from_2015_has_a_revision_that_has_been_on_remiss()
    {
        var state = await Demo("riktlinje-sip");

        Assert.Equal("2015-01-01", state.Text("validFrom"));
        Assert.Equal(2, state["pendingRevision"].Number("textVersion"));
        Assert.Equal(2, state["consultations"]![0].Number("textVersion"));
        Assert.Equal("noted", state["endorsements"]![0].Text("outcome"));
    }
}
