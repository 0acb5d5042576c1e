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

    [Theory, MemberData(nameof(Refusals))]
    public void Refused(Refusal refusal) => refusal.Check();

    public static Refusals Refusals => new Refusals
    {
        { "Response without a recipient is rejected", OnRemiss(), new RecordRemissResponse(" ", ResponseStance.Approve, Date(2021, 11, 1)), "recipient", "Remissinstans måste anges." },
        { "Response from someone not asked is rejected", OnRemiss(), new RecordRemissResponse("Skövde", ResponseStance.Approve, Date(2021, 11, 1)),
            "recipient", "\"Skövde\" är inte mottagare av remissen." },
        { "Second response from the same recipient is rejected",
            [.. OnRemiss(), new RemissResponseRecorded(DocumentId, 1, "Borås", ResponseStance.Approve, Date(2021, 11, 1), Recording)],
            new RecordRemissResponse("Borås kommun", ResponseStance.Reject, Date(2021, 11, 2)), "recipient", "Remissvar från Borås är redan registrerat." },
        { "Response dated before the remiss was sent is rejected", OnRemiss(), new RecordRemissResponse("Ale", ResponseStance.Approve, Date(2021, 9, 30)),
            "respondedOn", "Svarsdatum kan inte ligga före remissens utskicksdatum 2021-10-01." },
    }.NeedsAnOpenRemiss("Response without an open remiss is rejected", Draft(), new RecordRemissResponse("Ale", ResponseStance.Approve, Date(2021, 11, 1)));
}
