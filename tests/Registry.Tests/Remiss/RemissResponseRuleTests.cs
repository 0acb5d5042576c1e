namespace Registry.Tests.Remiss;

public sealed class RemissResponseRuleTests
{
    [Fact]
    public void Response_is_recorded_under_the_recipients_own_name()
    {
        var document = Scenario.Given(OnRemiss())
            .When(new RecordRemissResponse(" Borås kommun ", ResponseStance.ApproveWithComments, Date(2021, 11, 15)))
            .Then(new RemissResponseRecorded(DocumentId, 1, "Borås", ResponseStance.ApproveWithComments, Date(2021, 11, 15), Recording));

        Assert.Equal(new[] { Parties.Region, "Ale" }, document.OpenConsultation!.MissingResponders);
    }

    [Fact]
    public void Response_from_VGR_is_the_regions()
    {
        Scenario.Given(OnRemiss()).When(new RecordRemissResponse("vgr", ResponseStance.Approve, Date(2021, 10, 1)))
            .Then(new RemissResponseRecorded(DocumentId, 1, Parties.Region, ResponseStance.Approve, Date(2021, 10, 1), Recording));
    }

    [Fact]
    public void Response_from_a_recipient_that_is_not_a_party_matches_regardless_of_case()
    {
        Scenario.Given(Drafted(), SentOnRemiss() with { Recipients = ["SRO"] })
            .When(new RecordRemissResponse("sro", ResponseStance.Abstain, Date(2021, 11, 1)))
            .Then(new RemissResponseRecorded(DocumentId, 1, "SRO", ResponseStance.Abstain, Date(2021, 11, 1), Recording));
    }

    [Fact]
    public void Response_without_a_recipient_is_rejected()
    {
        Scenario.Given(OnRemiss()).When(new RecordRemissResponse(" ", ResponseStance.Approve, Date(2021, 11, 1)))
            .ThenRejects("recipient", "Remissinstans måste anges.");
    }

    [Fact]
    public void Response_from_someone_not_asked_is_rejected()
    {
        Scenario.Given(OnRemiss()).When(new RecordRemissResponse("Skövde", ResponseStance.Approve, Date(2021, 11, 1)))
            .ThenRejects("recipient", "\"Skövde\" är inte mottagare av remissen.");
    }

    [Fact]
    public void Second_response_from_the_same_recipient_is_rejected()
    {
        Scenario.Given([.. OnRemiss(), new RemissResponseRecorded(DocumentId, 1, "Borås", ResponseStance.Approve, Date(2021, 11, 1), Recording)])
            .When(new RecordRemissResponse("Borås kommun", ResponseStance.Reject, Date(2021, 11, 2)))
            .ThenRejects("recipient", "Remissvar från Borås är redan registrerat.");
    }

    [Fact]
    public void Response_dated_before_the_remiss_was_sent_is_rejected()
    {
        Scenario.Given(OnRemiss()).When(new RecordRemissResponse("Ale", ResponseStance.Approve, Date(2021, 9, 30)))
            .ThenRejects("respondedOn", "Svarsdatum kan inte ligga före remissens utskicksdatum 2021-10-01.");
    }

    [Fact]
    public void Response_without_an_open_remiss_is_rejected()
    {
        Scenario.Given(Draft()).When(new RecordRemissResponse("Ale", ResponseStance.Approve, Date(2021, 11, 1)))
            .ThenRejects("status", "Det finns ingen öppen remiss för dokumentet.");
    }
}
