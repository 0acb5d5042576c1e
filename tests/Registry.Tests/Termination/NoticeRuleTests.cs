namespace Registry.Tests.Termination;

public sealed class NoticeRuleTests
{
    [Fact]
    public void Notice_ends_the_agreement_when_the_notice_period_has_run_out()
    {
        var document = Scenario.Given(AgreementInForce(openEnded: true))
            .When(new GiveNotice(" Borås kommun ", Date(2021, 4, 30), new DecisionReference("KS ", Date(2021, 4, 20), "7")))
            .Then(new NoticeGiven(DocumentId, "Borås", Date(2021, 4, 30), Date(2022, 4, 30), new DecisionReference("KS", Date(2021, 4, 20), "7"),
                Recording));

        Assert.Equal(DocumentStatus.NoticeGiven, document.Status);
        Assert.Equal(Date(2022, 4, 30), document.ValidTo);
        Assert.Equal(new Notice("Borås", Date(2021, 4, 30), Date(2022, 4, 30)), document.Notice);
    }

    [Fact]
    public void Notice_running_past_the_end_date_ends_the_agreement_on_its_end_date()
    {
        Scenario.Given(AgreementInForce()).When(new GiveNotice("VGR", Date(2023, 6, 1)))
            .Then(new NoticeGiven(DocumentId, Parties.Region, Date(2023, 6, 1), Date(2023, 12, 31), null, Recording));
    }

    [Fact]
    public void Notice_may_be_given_on_the_start_date()
    {
        Scenario.Given(AgreementInForce()).When(new GiveNotice("Ale", Date(2020, 1, 1)))
            .Then(new NoticeGiven(DocumentId, "Ale", Date(2020, 1, 1), Date(2021, 1, 1), null, Recording));
    }

    [Theory, MemberData(nameof(Refusals))]
    public void Refused(Refusal refusal) => refusal.Check();

    public static Refusals Refusals => new Refusals
    {
        { "Notice before the start date is rejected", AgreementInForce(), new GiveNotice("Ale", Date(2019, 12, 31)), "givenOn", "Uppsägningen kan inte ligga före avtalets startdatum." },
        { "Document without a notice period cannot be given notice", InForce(), new GiveNotice("Ale", Date(2021, 1, 1)), "status", "Dokumentet har ingen uppsägningstid och kan inte sägas upp." },
    }
    .RequiresAParty("Notice", AgreementInForce(), party => new GiveNotice(party, Date(2021, 1, 1)), notAParty: "Malmö")
    .ChecksTheDecision("Notice", AgreementInForce(), decision => new GiveNotice("Ale", Date(2021, 1, 1), decision), Date(2021, 1, 1))
    .OnlyInForce("Only an agreement in force can be given notice", new GiveNotice("Ale", Date(2021, 6, 1)),
        status => $"Endast ett gällande avtal kan sägas upp (status: {status}).", kind: "avtal");
}
