namespace Registry.Tests.Remiss;

public sealed class SendRemissTests(RegistryApp app) : ApiTests(app)
{
    [Fact]
    public async Task A_remiss_goes_to_the_region_and_all_49_municipalities_by_default()
    {
        var id = await Api.Draft(kind: "avtal");

        await Api.Ok(id, "send-remiss", new { sentOn = "2021-10-01", responseDeadline = "2021-12-31", subject = "HoS-avtalet" });

        var document = await Api.Document(id);
        Assert.Equal("På remiss", document.Text("statusLabel"));
        var remiss = document["document"]!["consultations"]!.AsArray().Single();
        Assert.Equal(50, remiss!["recipients"]!.AsArray().Count);
        Assert.Equal("Västra Götalandsregionen", remiss["recipients"]![0]!.GetValue<string>());
        Assert.Contains("Öckerö", remiss["recipients"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("2021-10-01", remiss.Text("sentOn"));
        Assert.Equal("2021-12-31", remiss.Text("responseDeadline"));
        Assert.Equal(50, remiss["missingResponders"]!.AsArray().Count);
        var sent = await Api.LastEvent(id, "remiss_sent");
        Assert.Equal("HoS-avtalet", sent.Text("subject"));
    }

    [Fact]
    public async Task Named_recipients_are_recognised_by_their_common_names()
    {
        var id = await Api.Draft();

        await Api.Ok(id, "send-remiss", new
        {
            sentOn = "2021-10-01",
            responseDeadline = "2021-12-31",
            recipients = new[] { "VGR", "Borås kommun", "Alingsås kommun" },
        });

        var recipients = (await Api.State(id))["consultations"]![0]!["recipients"]!.AsArray().Select(r => r!.GetValue<string>());
        Assert.Equal(["Västra Götalandsregionen", "Borås", "Alingsås"], recipients);
    }

    [Fact]
    public async Task Named_bodies_are_recipients_beside_the_huvudman_and_answer_for_themselves()
    {
        var id = await Api.Draft(kind: "avtal");

        await Api.Ok(id, "send-remiss", new
        {
            sentOn = "2021-10-01",
            responseDeadline = "2021-12-31",
            recipients = new[] { "Borås" },
            otherRecipients = new[] { "Hälso- och sjukvårdsstyrelsen" },
        });
        await Api.Ok(id, "record-remiss-response", new { recipient = "Hälso- och sjukvårdsstyrelsen", stance = "approve", respondedOn = "2021-12-01" });

        var remiss = (await Api.State(id))["consultations"]![0]!;
        Assert.Equal(["Borås", "Hälso- och sjukvårdsstyrelsen"], remiss["recipients"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["Borås"], remiss["missingResponders"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Theory]
    [InlineData("draft", """{ "sentOn": "2021-10-01", "responseDeadline": "2021-12-31", "recipients": ["VGR", "xyzzy"] }""", "recipients[1]",
        "\"xyzzy\" är inte en huvudman: ange Västra Götalandsregionen eller en av de 49 kommunerna, eller ange organet under andra mottagare.")]
    [InlineData("draft", """{ "sentOn": "2021-10-01", "responseDeadline": "2021-09-30" }""", "responseDeadline",
        "Sista svarsdag kan inte ligga före datumet då remissen skickas.")]
    [InlineData("onRemiss", """{ "sentOn": "2021-11-01", "responseDeadline": "2021-12-31" }""", "status",
        "Det finns redan en öppen remiss. Stäng den innan en ny skickas.")]
    // A document in force goes on remiss only through a revision.
    [InlineData("inForce", """{ "sentOn": "2021-10-01", "responseDeadline": "2021-12-31" }""", "status",
        "Remiss kan bara skickas för ett utkast eller en pågående revidering.")]
    public async Task An_unknown_recipient_a_deadline_before_the_send_date_a_second_open_remiss_or_a_document_in_force_is_refused(
        string state, string body, string field, string message) =>
        await Api.Rejects(await Api.In(state), "send-remiss", body, field, message);

    [Fact]
    public async Task A_document_on_remiss_cannot_enter_into_force_until_the_remiss_is_closed() =>
        await Api.Rejects(await Api.OnRemiss(), "enter-into-force", new { validFrom = "2022-01-01" }, "status",
            "Remissen måste stängas innan dokumentet träder i kraft.");
}
