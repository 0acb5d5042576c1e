namespace Registry.Tests.Revision;

public sealed class RevisionTests(RegistryApp app) : ApiTests(app)
{
    private static IEnumerable<string> Periods(JsonObject state) =>
        state["validityPeriods"]!.AsArray().Select(p =>
            $"v{p.Number("textVersion")} {p.Text("from")}–{p!["to"]?.GetValue<string>()} {p.Text("basis")}");

    /// <summary>A document in force from 2020-01-01 with a revision ("Ändringar") drafted on 2020-03-01.</summary>
    private async Task<Guid> UnderRevision()
    {
        var id = await Api.InForce();
        await Api.Ok(id, "draft-revision", new { summary = "Ändringar", draftedOn = "2020-03-01" });
        return id;
    }

    [Fact]
    public async Task A_revision_is_drafted_while_the_current_version_stays_in_force()
    {
        var id = await Api.InForce(from: "2019-01-01", to: "2022-12-31");

        await Api.Ok(id, "draft-revision", new { summary = "Ny ekonomisk modell", draftedOn = "2020-03-01" });

        var state = await Api.State(id);
        // The recorded status: the end date has passed by the test clock, so "status" reads lapsed (issue 12 point 5).
        Assert.Equal("inForce", state.Text("recordedStatus"));
        Assert.Equal(1, state.Number("textVersion"));
        Assert.Equal("2019-01-01", state.Text("validFrom"));
        Assert.Equal(2, state["pendingRevision"].Number("textVersion"));
        Assert.Equal("Ny ekonomisk modell", state["pendingRevision"].Text("summary"));
        Assert.Equal(2, (await Api.LastEvent(id, "revision_drafted")).Number("textVersion"));
    }

    [Fact]
    public async Task The_revision_goes_through_remiss_and_adoption_and_replaces_the_current_version_when_it_enters_into_force()
    {
        var id = await Api.InForce(from: "2019-01-01", to: "2022-12-31");
        await Api.Ok(id, "draft-revision", new { summary = "Ny ekonomisk modell", draftedOn = "2020-03-01" });
        await Api.Ok(id, "send-remiss", new { sentOn = "2020-03-15", responseDeadline = "2020-05-31" });
        await Api.Ok(id, "close-remiss", new { closedOn = "2020-06-01" });
        await Api.Ok(id, "adopt", new { party = "VGR", decidedOn = "2020-09-01" });

        await Api.Ok(id, "enter-into-force", new { validFrom = "2021-01-01", validTo = "2024-12-31", decision = Decisions.Sro("2020-11-06", "6") });

        var state = await Api.State(id);
        // The recorded status: the end date has passed by the test clock, so "status" reads lapsed (issue 12 point 5).
        Assert.Equal("inForce", state.Text("recordedStatus"));
        Assert.Equal(2, state.Number("textVersion"));
        Assert.True(state.IsNull("pendingRevision"));
        Assert.Equal(2, state["consultations"]![0].Number("textVersion"));
        Assert.Equal(2, state["adoptions"]![0].Number("textVersion"));
        Assert.Equal(["v1 2019-01-01–2020-12-31 original", "v2 2021-01-01–2024-12-31 revision"], Periods(state));
        Assert.True((await Api.LastEvent(id, "document_entered_into_force"))["replacesPreviousVersion"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_revision_taking_over_before_an_extension_begins_cancels_that_extension_period()
    {
        var id = await Api.InForce(from: "2019-01-01", to: "2022-12-31");
        await Api.Ok(id, "extend", new { newValidTo = "2024-12-31", decision = Decisions.Vvg("2022-06-10") });
        await Api.Ok(id, "draft-revision", new { summary = "Omarbetad riktlinje", draftedOn = "2022-07-01" });

        await Api.Ok(id, "enter-into-force", new { validFrom = "2022-10-01", validTo = "2025-12-31" });

        Assert.Equal(["v1 2019-01-01–2022-09-30 original", "v2 2022-10-01–2025-12-31 revision"], Periods(await Api.State(id)));
    }

    [Fact]
    public async Task A_revision_taking_over_during_an_extension_shortens_it()
    {
        var id = await Api.InForce(from: "2019-01-01", to: "2022-12-31");
        await Api.Ok(id, "extend", new { newValidTo = "2024-12-31", decision = Decisions.Vvg("2022-06-10") });
        await Api.Ok(id, "draft-revision", new { summary = "Omarbetad riktlinje", draftedOn = "2023-02-01" });

        await Api.Ok(id, "enter-into-force", new { validFrom = "2023-07-01" });

        Assert.Equal(
            ["v1 2019-01-01–2022-12-31 original", "v1 2023-01-01–2023-06-30 extension", "v2 2023-07-01– revision"],
            Periods(await Api.State(id)));
    }

    [Theory]
    [InlineData("draft", "Ändringar", "2020-03-01", "status", "Endast ett gällande dokument kan revideras (status: Utkast).")]
    [InlineData("underRevision", "Fler ändringar", "2020-04-01", "status", "En revidering (version 2) pågår redan.")]
    [InlineData("inForce", " ", "2020-03-01", "summary", "Beskrivning av revideringen måste anges.")]
    public async Task Only_a_document_in_force_without_a_pending_revision_can_be_revised_and_only_with_a_summary(
        string state, string summary, string draftedOn, string field, string message) =>
        await Api.Rejects(state == "underRevision" ? await UnderRevision() : await Api.In(state), "draft-revision",
            new { summary, draftedOn }, field, message);

    [Fact]
    public async Task The_revised_version_cannot_take_over_before_the_current_one_started() =>
        await Api.Rejects(await UnderRevision(), "enter-into-force", new { validFrom = "2019-06-01" }, "validFrom",
            "Den reviderade versionen måste träda i kraft efter nuvarande startdatum 2020-01-01.");
}
