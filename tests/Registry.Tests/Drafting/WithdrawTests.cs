namespace Registry.Tests.Drafting;

public sealed class WithdrawTests(RegistryApp app) : ApiTests(app)
{
    [Fact]
    public async Task A_draft_can_be_withdrawn()
    {
        var id = await Api.Withdrawn(reason: " Behövs inte längre ");

        var document = await Api.Document(id);
        Assert.Equal("withdrawn", document["document"].Text("status"));
        Assert.Equal("Återkallat", document.Text("statusLabel"));
        var withdrawn = await Api.LastEvent(id, "draft_withdrawn");
        Assert.Equal("2021-03-01", withdrawn.Text("withdrawnOn"));
        Assert.Equal("Behövs inte längre", withdrawn.Text("reason"));
    }

    [Fact]
    public async Task An_adopted_document_that_is_not_yet_in_force_can_be_withdrawn()
    {
        var id = await Api.Draft();
        await Api.Ok(id, "adopt", new { party = "VGR", decidedOn = "2021-02-01" });

        await Api.Ok(id, "withdraw", new { withdrawnOn = "2021-03-01" });

        Assert.Equal("withdrawn", await Api.Status(id));
    }

    [Fact]
    public async Task Withdrawing_a_document_on_remiss_closes_the_remiss()
    {
        var id = await Api.OnRemiss();

        await Api.Ok(id, "withdraw", new { withdrawnOn = "2021-11-15" });

        Assert.Equal("2021-11-15", (await Api.State(id))["consultations"]![0].Text("closedOn"));
        Assert.Equal(["document_drafted", "remiss_sent", "remiss_closed", "draft_withdrawn"], await Api.HistoryTypes(id));
    }

    [Fact]
    public async Task A_document_in_force_cannot_be_withdrawn() =>
        await Api.Rejects(await Api.InForce(), "withdraw", new { withdrawnOn = "2021-03-01" }, "status",
            "Endast ett dokument som inte har trätt i kraft kan återkallas (status: Gällande).");

    [Fact]
    public async Task A_withdrawn_document_cannot_be_withdrawn_again() =>
        await Api.Rejects(await Api.Withdrawn(), "withdraw", new { withdrawnOn = "2021-04-01" }, "status",
            "Endast ett dokument som inte har trätt i kraft kan återkallas (status: Återkallat).");

    [Fact]
    public async Task A_withdrawn_document_cannot_enter_into_force() =>
        await Api.Rejects(await Api.Withdrawn(), "enter-into-force", new { validFrom = "2021-06-01" }, "status",
            "Ett dokument med status \"Återkallat\" kan inte träda i kraft.");
}
