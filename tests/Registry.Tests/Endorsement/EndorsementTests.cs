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
        var id = await Api.Draft();
        await Api.Ok(id, "send-remiss", new { sentOn = "2021-10-01", responseDeadline = "2021-12-31" });

        await Api.Ok(id, "endorse", new { outcome = "endorsed", decision = Decisions.Vvg("2022-01-14") });

        Assert.Equal("endorsed", (await Api.State(id)).Text("status"));
    }

    [Fact]
    public async Task An_endorsement_without_a_decision_is_rejected() =>
        await Api.Rejects(await Api.Draft(), "endorse", new { outcome = "endorsed" }, "decision",
            "Beslutet (beslutande organ och mötesdatum) måste anges.");

    [Fact]
    public async Task An_endorsement_without_a_deciding_body_is_rejected() =>
        await Api.Rejects(await Api.Draft(), "endorse",
            new { outcome = "endorsed", decision = new { body = " ", meetingDate = "2022-01-14" } }, "decision.body",
            "Beslutande organ måste anges.");

    [Fact]
    public async Task An_unknown_outcome_is_a_400_problem_naming_the_field()
    {
        await Api.Rejects(await Api.Draft(), "endorse", new { outcome = "kanske", decision = Decisions.Vvg("2022-01-14") },
            "outcome", "Fältet outcome har fel format.");
    }

    [Fact]
    public async Task A_withdrawn_document_cannot_be_endorsed()
    {
        var id = await Api.Withdrawn();

        await Api.Rejects(id, "endorse", new { outcome = "endorsed", decision = Decisions.Vvg("2022-01-14") }, "status",
            "Styrdokumentet har status \"Återkallat\" och kan inte ändras.");
    }
}
