namespace Registry.Tests.Endorsement;

public sealed class EndorsementTests(RegistryApp app) : ApiTests(app)
{
    [Theory]
    [InlineData("endorsed", "endorsed", "Tillstyrkt")]
    [InlineData("recommendedToPrincipals", "endorsed", "Tillstyrkt")]
    [InlineData("noted", "draft", "Utkast")]
    [InlineData("rejected", "draft", "Utkast")]
    public async Task The_outcome_decides_whether_the_document_counts_as_endorsed(string outcome, string status, string label)
    {
        var id = await Api.Draft();

        await Api.Ok(id, "endorse", new { outcome, decision = Decisions.Sro("2018-02-22", "2"), presenter = "Thomas Jungbeck, VästKom" });

        var document = await Api.Document(id);
        Assert.Equal(status, document["document"].Text("status"));
        Assert.Equal(label, document.Text("statusLabel"));
        var endorsement = document["document"]!["endorsements"]!.AsArray().Single();
        Assert.Equal(outcome, endorsement.Text("outcome"));
        Assert.Equal("Thomas Jungbeck, VästKom", endorsement.Text("presenter"));
        JsonAssert.Decision(endorsement!["decision"], "SRO", "2018-02-22", "2");
        // Issue 11: an information point ("noterar informationen") never becomes the latest decision.
        if (outcome == "noted") Assert.True(document["document"].IsNull("lastDecision"));
        else JsonAssert.Decision(document["document"]!["lastDecision"], "SRO", "2018-02-22", "2");
        JsonAssert.Decision((await Api.LastEvent(id, "document_endorsed"))["decision"], "SRO", "2018-02-22", "2");
    }

    [Fact]
    public async Task An_endorsement_during_remiss_ends_the_remiss_status()
    {
        var id = await Api.OnRemiss();

        await Api.Ok(id, "endorse", new { outcome = "endorsed", decision = Decisions.Vvg("2022-01-14") });

        Assert.Equal("endorsed", await Api.Status(id));
    }

    [Theory]
    [InlineData("""{ "outcome": "endorsed" }""", "decision", "Beslutet (beslutande organ och mötesdatum) måste anges.")]
    [InlineData("""{ "outcome": "endorsed", "decision": { "body": " ", "meetingDate": "2022-01-14" } }""", "decision.body",
        "Beslutande organ måste anges.")]
    [InlineData("""{ "outcome": "kanske", "decision": { "body": "VVG", "meetingDate": "2022-01-14", "agendaItem": "5" } }""", "outcome",
        "Fältet outcome har fel format.")]
    public async Task An_endorsement_missing_its_decision_or_with_an_unknown_outcome_is_a_400_naming_the_field(
        string body, string field, string message) =>
        await Api.Rejects(await Api.Draft(), "endorse", body, field, message);

    [Fact]
    public async Task A_withdrawn_document_cannot_be_endorsed()
    {
        await Api.Rejects(await Api.Withdrawn(), "endorse", new { outcome = "endorsed", decision = Decisions.Vvg("2022-01-14") }, "status",
            "Styrdokumentet har status \"Återkallat\" och kan inte ändras.");
    }
}
