namespace Registry.Tests.Remiss;

/// <summary>Remiss responses through the API: one per recipient asked, dated after the remiss was sent.</summary>
public sealed class RemissResponseTests(RegistryApp app) : ApiTests(app)
{
    private Task Respond(Guid id, string recipient, string respondedOn, string stance = "approve") =>
        Api.Ok(id, "record-remiss-response", new { recipient, stance, respondedOn });

    [Fact]
    public async Task Responses_are_recorded_per_recipient_and_the_missing_ones_shown()
    {
        var id = await Api.OnRemiss();

        await Respond(id, "Ale kommun", "2021-12-01", stance: "approveWithComments");
        await Respond(id, "VGR", "2021-12-20");

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

    [Theory]
    [InlineData(null, "Försäkringskassan", "approve", "2021-12-01", "recipient", "\"Försäkringskassan\" är inte mottagare av remissen.")]
    [InlineData("Borås", "Borås kommun", "reject", "2021-12-02", "recipient", "Remissvar från Borås är redan registrerat.")]
    [InlineData(null, "Borås", "approve", "2021-09-01", "respondedOn", "Svarsdatum kan inte ligga före remissens utskicksdatum 2021-10-01.")]
    [InlineData(null, "Borås", "kanske", "2021-12-01", "stance", "Fältet stance har fel format.")]
    public async Task A_response_from_someone_not_asked_or_already_answered_dated_before_the_remiss_or_with_an_unknown_stance_is_a_400(
        string? answered, string recipient, string stance, string respondedOn, string field, string message)
    {
        var id = await Api.OnRemiss();
        if (answered is not null) await Respond(id, answered, "2021-12-01");

        await Api.Rejects(id, "record-remiss-response", new { recipient, stance, respondedOn }, field, message);
    }
}
