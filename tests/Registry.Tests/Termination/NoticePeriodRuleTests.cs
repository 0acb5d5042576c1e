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
    [InlineData(0)]
    [InlineData(121)]
    public void Notice_period_outside_1_to_120_months_is_rejected(int months)
    {
        Scenario.Given(AgreementInForce()).When(new ChangeNoticePeriod(months, Vvg(Date(2022, 1, 1))))
            .ThenRejects("noticePeriodMonths", "Uppsägningstiden ska anges i hela månader, 1–120.");
    }

    [Fact]
    public void Unchanged_notice_period_is_rejected()
    {
        Scenario.Given(AgreementInForce()).When(new ChangeNoticePeriod(12, Vvg(Date(2022, 1, 1))))
            .ThenRejects("noticePeriodMonths", "Den nya uppsägningstiden är samma som den nuvarande.");
    }

    [Fact]
    public void Notice_period_change_without_a_decision_is_rejected()
    {
        Scenario.Given(AgreementInForce()).When(new ChangeNoticePeriod(8))
            .ThenRejects("decision", "Beslutet (beslutande organ och mötesdatum) måste anges.");
    }

    [Fact]
    public void Notice_period_on_a_document_that_is_not_an_agreement_is_rejected()
    {
        Scenario.Given(InForce()).When(new ChangeNoticePeriod(8, Vvg(Date(2022, 1, 1))))
            .ThenRejects("noticePeriodMonths", "Uppsägningstid kan bara anges för avtal och överenskommelser.");
    }

    [Theory]
    [MemberData(nameof(History.EndedStates), MemberType = typeof(History))]
    public void Ended_document_cannot_change_its_notice_period(string state)
    {
        var status = Scenario.Given(Ended(state)).Document.Status.Label();
        Scenario.Given(Ended(state)).When(new ChangeNoticePeriod(8, Vvg(Date(2022, 1, 1))))
            .ThenRejects("status", $"Styrdokumentet har status \"{status}\" och kan inte ändras.");
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
}
