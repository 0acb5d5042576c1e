namespace Registry.Tests.Termination;

public sealed class NoticePeriodRuleTests
{
    [Fact]
    public void Notice_period_change_records_the_previous_and_the_new_period_on_the_decision()
    {
        var document = Scenario.Given(AgreementInForce()).When(new ChangeNoticePeriod(8, new DecisionReference("SRO ", Date(2018, 2, 22), "2")))
            .Then(new NoticePeriodChanged(DocumentId, 12, 8, new DecisionReference("SRO", Date(2018, 2, 22), "2"), Recording));

        Assert.Equal(8, document.NoticePeriodMonths);
        Assert.Equal(Date(2023, 4, 30), document.NoticeDeadline);
    }

    [Fact]
    public void Draft_agreement_without_a_notice_period_can_be_given_one()
    {
        Scenario.Given(Draft("overenskommelse")).When(new ChangeNoticePeriod(6, Vvg(Date(2019, 11, 1))))
            .Then(new NoticePeriodChanged(DocumentId, null, 6, Vvg(Date(2019, 11, 1)), Recording));
    }

    [Theory]
    [InlineData(2018, 4, 30, 8, 2018, 12, 31)]
    [InlineData(2021, 1, 31, 1, 2021, 2, 28)]
    [InlineData(2021, 12, 31, 12, 2022, 12, 31)]
    public void Notice_runs_in_whole_calendar_months_from_the_day_after_it_is_given(
        int year, int month, int day, int months, int endYear, int endMonth, int endDay)
    {
        Assert.Equal(Date(endYear, endMonth, endDay), NoticePeriod.EndsOn(Date(year, month, day), months));
        Assert.Equal(Date(year, month, day), NoticePeriod.LastDayToGiveNotice(Date(endYear, endMonth, endDay), months));
    }

    [Theory, MemberData(nameof(Refusals))]
    public void Refused(Refusal refusal) => refusal.Check();

    private const string WholeMonths = "Uppsägningstiden ska anges i hela månader, 1–120.";

    public static Refusals Refusals => new Refusals
    {
        { "Notice period outside 1 to 120 months is rejected (0)", AgreementInForce(), new ChangeNoticePeriod(0, Vvg(Date(2022, 1, 1))), "noticePeriodMonths", WholeMonths },
        { "Notice period outside 1 to 120 months is rejected (121)", AgreementInForce(), new ChangeNoticePeriod(121, Vvg(Date(2022, 1, 1))), "noticePeriodMonths", WholeMonths },
        { "Unchanged notice period is rejected", AgreementInForce(), new ChangeNoticePeriod(12, Vvg(Date(2022, 1, 1))),
            "noticePeriodMonths", "Den nya uppsägningstiden är samma som den nuvarande." },
        { "Notice period on a document that is not an agreement is rejected", InForce(), new ChangeNoticePeriod(8, Vvg(Date(2022, 1, 1))),
            "noticePeriodMonths", "Uppsägningstid kan bara anges för avtal och överenskommelser." },
    }
    .RequiresADecision("Notice period change", AgreementInForce(), decision => new ChangeNoticePeriod(8, decision), Date(2022, 1, 1))
    .OnEveryEndedDocument("Ended document cannot change its notice period", new ChangeNoticePeriod(8, Vvg(Date(2022, 1, 1))));
}
