namespace Registry.Tests.Remiss;

public sealed class CloseRemissTests(RegistryApp app) : ApiTests(app)
{
    [Fact]
    public async Task Closing_the_remiss_returns_the_document_to_draft_and_refuses_further_responses()
    {
        var id = await Api.OnRemiss();

        await Api.Ok(id, "close-remiss", new { closedOn = "2022-01-10" });

        var document = await Api.Document(id);
        Assert.Equal("Utkast", document.Text("statusLabel"));
        Assert.Equal("2022-01-10", document["document"]!["consultations"]![0].Text("closedOn"));
        Assert.Equal("2022-01-10", (await Api.LastEvent(id, "remiss_closed")).Text("closedOn"));
        await Api.Rejects(id, "record-remiss-response", new { recipient = "Ale", stance = "approve", respondedOn = "2022-01-11" },
            "status", "Det finns ingen öppen remiss för dokumentet.");
    }

    [Fact]
    public async Task Closing_a_remiss_sent_after_an_endorsement_returns_the_document_to_endorsed()
    {
        // As with the admission and discharge agreement: SRO backs the process, then the model goes on remiss.
        var id = await Api.Draft(kind: "overenskommelse");
        await Api.Ok(id, "endorse", new { outcome = "endorsed", decision = Decisions.Sro("2018-02-22", "1") });
        await Api.Ok(id, "send-remiss", new { sentOn = "2018-03-01", responseDeadline = "2018-04-30" });

        await Api.Ok(id, "close-remiss", new { closedOn = "2018-05-02" });

        Assert.Equal("endorsed", await Api.Status(id));
    }

    [Fact]
    public async Task A_closed_remiss_can_be_followed_by_a_new_round()
    {
        var id = await Api.OnRemiss();
        await Api.Ok(id, "close-remiss", new { closedOn = "2022-01-10" });

        await Api.Ok(id, "send-remiss", new { sentOn = "2022-03-01", responseDeadline = "2022-04-30", recipients = new[] { "VGR" } });

        var rounds = (await Api.State(id))["consultations"]!.AsArray();
        Assert.Equal([1, 2], rounds.Select(r => r.Number("number")));
    }

    [Fact]
    public async Task A_remiss_cannot_close_before_it_was_sent() =>
        await Api.Rejects(await Api.OnRemiss(), "close-remiss", new { closedOn = "2021-09-01" }, "closedOn",
            "Remissen kan inte stängas före utskicksdatumet 2021-10-01.");

    [Fact]
    public async Task Without_an_open_remiss_there_is_nothing_to_close() =>
        await Api.Rejects(await Api.Draft(), "close-remiss", new { closedOn = "2022-01-10" }, "status",
            "Det finns ingen öppen remiss för dokumentet.");
}
