namespace Registry.Tests.Validity;

public sealed class EnterIntoForceRuleTests
{
    [Fact]
    public void Draft_enters_into_force_for_its_period_on_the_trimmed_decision()
    {
        var document = Scenario.Given(Draft())
            .When(new EnterIntoForce(Date(2020, 1, 1), Date(2023, 12, 31), Decision: new DecisionReference("VVG ", Date(2019, 12, 1), " 5")))
            .Then(new DocumentEnteredIntoForce(DocumentId, 1, Date(2020, 1, 1), Date(2023, 12, 31), null, Vvg(Date(2019, 12, 1)),
                false, Recording));

        Assert.Equal(DocumentStatus.InForce, document.Status);
        Assert.Equal(Date(2023, 12, 31), document.OriginalValidTo);
        var period = Assert.Single(document.ValidityPeriods);
        Assert.Equal(ValidityBasis.Original, period.Basis);
    }

    [Fact]
    public void Document_may_enter_into_force_until_further_notice()
    {
        Scenario.Given(Draft()).When(new EnterIntoForce(Date(2020, 1, 1)))
            .Then(new DocumentEnteredIntoForce(DocumentId, 1, Date(2020, 1, 1), null, null, null, false, Recording));
    }

    [Theory]
    [InlineData("avtal")]
    [InlineData("overenskommelse")]
    public void Agreement_enters_into_force_with_its_notice_period(string kind)
    {
        Scenario.Given(Draft(kind)).When(new EnterIntoForce(Date(2020, 1, 1), Date(2023, 12, 31), 12))
            .Then(new DocumentEnteredIntoForce(DocumentId, 1, Date(2020, 1, 1), Date(2023, 12, 31), 12, null, false, Recording));
    }

    [Fact]
    public void Revision_enters_into_force_as_the_next_version_keeping_the_notice_period_and_ending_the_previous_one()
    {
        var document = Scenario.Given([.. AgreementInForce(), RevisionBegun()]).When(new EnterIntoForce(Date(2023, 7, 1), Date(2026, 12, 31)))
            .Then(new DocumentEnteredIntoForce(DocumentId, 2, Date(2023, 7, 1), Date(2026, 12, 31), 12, null, true, Recording));

        Assert.Equal(2, document.TextVersion);
        Assert.Null(document.PendingRevision);
        Assert.Equal(Date(2023, 6, 30), document.ValidityPeriods[0].To);
        Assert.Equal(ValidityBasis.Revision, document.ValidityPeriods[1].Basis);
    }

    [Fact]
    public void Revision_whose_remiss_is_closed_may_enter_into_force()
    {
        Scenario.Given([.. RevisionOnRemiss(), new RemissClosed(DocumentId, 1, Date(2023, 9, 2), Recording)])
            .When(new EnterIntoForce(Date(2024, 1, 1)))
            .Then(new DocumentEnteredIntoForce(DocumentId, 2, Date(2024, 1, 1), null, null, null, true, Recording));
    }

    [Theory, MemberData(nameof(Refusals))]
    public void Refused(Refusal refusal) => refusal.Check();

    private const string AlreadyInForce = "Dokumentet är redan gällande. Registrera en förlängning, eller en revidering som sedan träder i kraft.";
    private const string RemissOpen = "Remissen måste stängas innan dokumentet träder i kraft.";
    private const string NoticeMonths = "Uppsägningstiden ska anges i hela månader, 1–120.";
    private const string AfterCurrentStart = "Den reviderade versionen måste träda i kraft efter nuvarande startdatum 2020-01-01.";

    public static Refusals Refusals => new Refusals
    {
        { "End date not after the start date is rejected (2019-12-31)", Draft(), new EnterIntoForce(Date(2020, 1, 1), Date(2019, 12, 31)), "validTo", "Slutdatum måste ligga efter startdatum." },
        { "End date not after the start date is rejected (2020-01-01)", Draft(), new EnterIntoForce(Date(2020, 1, 1), Date(2020, 1, 1)), "validTo", "Slutdatum måste ligga efter startdatum." },
        { "Notice period outside 1 to 120 months is rejected (0)", Draft("avtal"), new EnterIntoForce(Date(2020, 1, 1), NoticePeriodMonths: 0), "noticePeriodMonths", NoticeMonths },
        { "Notice period outside 1 to 120 months is rejected (121)", Draft("avtal"), new EnterIntoForce(Date(2020, 1, 1), NoticePeriodMonths: 121), "noticePeriodMonths", NoticeMonths },
        { "Notice period outside 1 to 120 months is rejected (-3)", Draft("avtal"), new EnterIntoForce(Date(2020, 1, 1), NoticePeriodMonths: -3), "noticePeriodMonths", NoticeMonths },
        { "Notice period on a document that is not an agreement is rejected", Draft("riktlinje"), new EnterIntoForce(Date(2020, 1, 1), NoticePeriodMonths: 12),
            "noticePeriodMonths", "Uppsägningstid kan bara anges för avtal och överenskommelser." },
        { "Document already in force cannot enter into force again", InForce(), new EnterIntoForce(Date(2024, 1, 1)), "status", AlreadyInForce },
        { "Agreement under notice cannot enter into force again", UnderNotice(), new EnterIntoForce(Date(2024, 1, 1)), "status", AlreadyInForce },
        { "Document on remiss cannot enter into force", OnRemiss(), new EnterIntoForce(Date(2022, 1, 1)), "status", RemissOpen },
        { "Revision on remiss cannot enter into force", RevisionOnRemiss(), new EnterIntoForce(Date(2024, 1, 1)), "status", RemissOpen },
        { "Revision entering into force not after the current start date is rejected (2020-01-01)", InRevision(), new EnterIntoForce(Date(2020, 1, 1)), "validFrom", AfterCurrentStart },
        { "Revision entering into force not after the current start date is rejected (2019-06-01)", InRevision(), new EnterIntoForce(Date(2019, 6, 1)), "validFrom", AfterCurrentStart },
    }.OnEveryEndedDocument("Ended document cannot enter into force", new EnterIntoForce(Date(2024, 1, 1)),
        status => $"Ett dokument med status \"{status}\" kan inte träda i kraft.");
}
