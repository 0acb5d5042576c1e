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

    [Theory]
    [InlineData(2019, 12, 31)]
    [InlineData(2020, 1, 1)]
    public void End_date_not_after_the_start_date_is_rejected(int year, int month, int day)
    {
        Scenario.Given(Draft()).When(new EnterIntoForce(Date(2020, 1, 1), Date(year, month, day)))
            .ThenRejects("validTo", "Slutdatum måste ligga efter startdatum.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    [InlineData(-3)]
    public void Notice_period_outside_1_to_120_months_is_rejected(int months)
    {
        Scenario.Given(Draft("avtal")).When(new EnterIntoForce(Date(2020, 1, 1), NoticePeriodMonths: months))
            .ThenRejects("noticePeriodMonths", "Uppsägningstiden ska anges i hela månader, 1–120.");
    }

    [Fact]
    public void Notice_period_on_a_document_that_is_not_an_agreement_is_rejected()
    {
        Scenario.Given(Draft("riktlinje")).When(new EnterIntoForce(Date(2020, 1, 1), NoticePeriodMonths: 12))
            .ThenRejects("noticePeriodMonths", "Uppsägningstid kan bara anges för avtal och överenskommelser.");
    }

    [Fact]
    public void Document_already_in_force_cannot_enter_into_force_again()
    {
        Scenario.Given(InForce()).When(new EnterIntoForce(Date(2024, 1, 1)))
            .ThenRejects("status", "Dokumentet är redan gällande. Registrera en förlängning, eller en revidering som sedan träder i kraft.");
    }

    [Fact]
    public void Agreement_under_notice_cannot_enter_into_force_again()
    {
        Scenario.Given(UnderNotice()).When(new EnterIntoForce(Date(2024, 1, 1)))
            .ThenRejects("status", "Dokumentet är redan gällande. Registrera en förlängning, eller en revidering som sedan träder i kraft.");
    }

    [Theory]
    [MemberData(nameof(History.EndedStates), MemberType = typeof(History))]
    public void Ended_document_cannot_enter_into_force(string state)
    {
        var status = Scenario.Given(Ended(state)).Document.Status.Label();
        Scenario.Given(Ended(state)).When(new EnterIntoForce(Date(2024, 1, 1)))
            .ThenRejects("status", $"Ett dokument med status \"{status}\" kan inte träda i kraft.");
    }

    [Fact]
    public void Document_on_remiss_cannot_enter_into_force()
    {
        Scenario.Given(OnRemiss()).When(new EnterIntoForce(Date(2022, 1, 1)))
            .ThenRejects("status", "Remissen måste stängas innan dokumentet träder i kraft.");
    }

    [Fact]
    public void Revision_on_remiss_cannot_enter_into_force()
    {
        Scenario.Given([.. InRevision(), SentOnRemiss(textVersion: 2, sentOn: Date(2023, 7, 1), deadline: Date(2023, 9, 1))])
            .When(new EnterIntoForce(Date(2024, 1, 1)))
            .ThenRejects("status", "Remissen måste stängas innan dokumentet träder i kraft.");
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

    [Theory]
    [InlineData(2020, 1, 1)]
    [InlineData(2019, 6, 1)]
    public void Revision_entering_into_force_not_after_the_current_start_date_is_rejected(int year, int month, int day)
    {
        Scenario.Given(InRevision()).When(new EnterIntoForce(Date(year, month, day)))
            .ThenRejects("validFrom", "Den reviderade versionen måste träda i kraft efter nuvarande startdatum 2020-01-01.");
    }

    [Fact]
    public void Revision_whose_remiss_is_closed_may_enter_into_force()
    {
        Scenario.Given([.. InRevision(), SentOnRemiss(textVersion: 2, sentOn: Date(2023, 7, 1), deadline: Date(2023, 9, 1)),
                new RemissClosed(DocumentId, 1, Date(2023, 9, 2), Recording)])
            .When(new EnterIntoForce(Date(2024, 1, 1)))
            .Then(new DocumentEnteredIntoForce(DocumentId, 2, Date(2024, 1, 1), null, null, null, true, Recording));
    }
}
