namespace Registry.Tests.Remiss;

public sealed class RemissResponseTests(RegistryApp app) : ApiTests(app)
{
    [Fact]
    public async Task Responses_are_recorded_per_recipient_and_the_missing_ones_shown()
    {
        var id = await Api.OnRemiss();

        await Api.Ok(id, "record-remiss-response", new { recipient = "Ale kommun", stance = "approveWithComments", respondedOn = "2021-12-01" });
        await Api.Ok(id, "record-remiss-response", new { recipient = "VGR", stance = "approve", respondedOn = "2021-12-20" });

        var remiss = (await Api.State(id))["consultations"]![0]!;
        var responses = remiss["responses"]!.AsArray();
        Assert.Equal(["Ale", "Västra Götalandsregionen"], responses.Select(r => r.Text("recipient")));
        Assert.Equal("approveWithComments", responses[0].Text("stance"));
        Assert.Equal("2021-12-01", responses[0].Text("respondedOn"));
        var missing = remiss["missingResponders"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.Equal(48, missing.Count);
        Assert.DoesNotContain("Ale", missing);
        Assert.Contains("Alingsås", missing);
        var recorded = await Api.LastEvent(id, "remiss_response_recorded");
        Assert.Equal("Västra Götalandsregionen", recorded.Text("recipient"));
    }

    [Fact]
    public async Task A_response_from_someone_not_asked_is_rejected() =>
        await Api.Rejects(await Api.OnRemiss(), "record-remiss-response",
            new { recipient = "Försäkringskassan", stance = "approve", respondedOn = "2021-12-01" }, "recipient",
            "\"Försäkringskassan\" är inte mottagare av remissen.");

    [Fact]
    public async Task A_second_response_from_the_same_recipient_is_rejected()
    {
        var id = await Api.OnRemiss();
        await Api.Ok(id, "record-remiss-response", new { recipient = "Borås", stance = "approve", respondedOn = "2021-12-01" });

        await Api.Rejects(id, "record-remiss-response", new { recipient = "Borås kommun", stance = "reject", respondedOn = "2021-12-02" },
            "recipient", "Remissvar från Borås är redan registrerat.");
    }

    [Fact]
    public async Task A_response_dated_before_the_remiss_was_sent_is_rejected() =>
        await Api.Rejects(await Api.OnRemiss(), "record-remiss-response",
            new { recipient = "Borås", stance = "approve", respondedOn = "2021-09-01" }, "respondedOn",
            "Svarsdatum kan inte ligga före remissens utskicksdatum 2021-10-01.");

    [Fact]
    public async Task An_unknown_stance_is_a_400_problem_naming_the_field()
    {
        await Api.Rejects(await Api.OnRemiss(), "record-remiss-response",
            new { recipient = "Borås", stance = "kanske", respondedOn = "2021-12-01" }, "stance", "Fältet stance har fel format.");
    }
}
