namespace Registry.Tests.Validity;

public sealed class ExtensionRuleTests
{
    [Fact]
    public void Extension_moves_the_end_date_and_adds_a_validity_period()
    {
        var document = Scenario.Given(InForce())
            .When(new ExtendDocument(Date(2026, 12, 31), new DecisionReference(" VVG", Date(2023, 12, 15), "5 "), true, " Ny bilaga "))
            .Then(new DocumentExtended(DocumentId, 1, Date(2023, 12, 31), Date(2026, 12, 31), Vvg(Date(2023, 12, 15)), true,
                "Ny bilaga", Recording));

        Assert.Equal(Date(2026, 12, 31), document.ValidTo);
        Assert.Equal(Date(2023, 12, 31), document.OriginalValidTo);
        Assert.Equal(1, document.ExtensionCount);
        Assert.Equal(new ValidityPeriod(1, Date(2024, 1, 1), Date(2026, 12, 31), ValidityBasis.Extension, Vvg(Date(2023, 12, 15)), true),
            document.ValidityPeriods[^1]);
    }

    [Fact]
    public void Second_extension_starts_from_the_extended_end_date()
    {
        var first = new DocumentExtended(DocumentId, 1, Date(2023, 12, 31), Date(2024, 12, 31), Vvg(Date(2023, 12, 1)), false, null, Recording);
        var document = Scenario.Given([.. InForce(), first]).When(new ExtendDocument(Date(2025, 12, 31), Vvg(Date(2024, 12, 1))))
            .Then(new DocumentExtended(DocumentId, 1, Date(2024, 12, 31), Date(2025, 12, 31), Vvg(Date(2024, 12, 1)), false, null, Recording));

        Assert.Equal(2, document.ExtensionCount);
    }

    [Fact]
    public void Extension_decided_on_the_last_day_in_force_is_accepted()
    {
        Scenario.Given(InForce()).When(new ExtendDocument(Date(2024, 12, 31), Vvg(Date(2023, 12, 31))))
            .Then(new DocumentExtended(DocumentId, 1, Date(2023, 12, 31), Date(2024, 12, 31), Vvg(Date(2023, 12, 31)), false, null, Recording));
    }

    [Theory]
    [InlineData(2023, 6, 30)]
    [InlineData(2023, 12, 31)]
    public void Extension_not_after_the_current_end_date_is_rejected(int year, int month, int day)
    {
        Scenario.Given(InForce()).When(new ExtendDocument(Date(year, month, day), Vvg(Date(2023, 5, 1))))
            .ThenRejects("newValidTo", "Det nya slutdatumet måste ligga efter nuvarande slutdatum 2023-12-31.");
    }

    [Fact]
    public void Extension_without_a_decision_is_rejected()
    {
        Scenario.Given(InForce()).When(new ExtendDocument(Date(2026, 12, 31)))
            .ThenRejects("decision", "Beslutet (beslutande organ och mötesdatum) måste anges.");
    }

    [Fact]
    public void Extension_on_a_decision_without_a_body_is_rejected()
    {
        Scenario.Given(InForce()).When(new ExtendDocument(Date(2026, 12, 31), new DecisionReference(" ", Date(2023, 12, 1))))
            .ThenRejects("decision.body", "Beslutande organ måste anges.");
    }

    [Fact]
    public void Extension_decided_after_the_document_lapsed_is_rejected()
    {
        Scenario.Given(InForce()).When(new ExtendDocument(Date(2026, 12, 31), Vvg(Date(2024, 2, 1))))
            .ThenRejects("decision.meetingDate",
                "Beslutet (2024-02-01) fattades efter att dokumentet upphört (2023-12-31); ett upphört dokument kan inte förlängas.");
    }

    [Fact]
    public void Open_ended_document_cannot_be_extended()
    {
        Scenario.Given(InForce(openEnded: true)).When(new ExtendDocument(Date(2027, 12, 31), Vvg(Date(2022, 12, 1))))
            .ThenRejects("newValidTo", "Dokumentet gäller tills vidare och har inget slutdatum att förlänga.");
    }

    [Theory]
    [InlineData("expired", "Dokumentet har upphört och kan inte förlängas.")]
    [InlineData("withdrawn", "Dokumentet är återkallat och kan inte förlängas.")]
    [InlineData("superseded", "Dokumentet är ersatt av ett annat och kan inte förlängas.")]
    public void Ended_document_cannot_be_extended(string state, string message)
    {
        Scenario.Given(Ended(state)).When(new ExtendDocument(Date(2027, 12, 31), Vvg(Date(2022, 12, 1))))
            .ThenRejects("status", message);
    }

    [Fact]
    public void Agreement_under_notice_cannot_be_extended()
    {
        Scenario.Given(UnderNotice()).When(new ExtendDocument(Date(2027, 12, 31), Vvg(Date(2022, 1, 1))))
            .ThenRejects("status", "Dokumentet är uppsagt och kan inte förlängas.");
    }

    [Fact]
    public void Draft_cannot_be_extended()
    {
        Scenario.Given(Draft()).When(new ExtendDocument(Date(2027, 12, 31), Vvg(Date(2022, 1, 1))))
            .ThenRejects("status", "Endast ett gällande dokument kan förlängas.");
    }
}
