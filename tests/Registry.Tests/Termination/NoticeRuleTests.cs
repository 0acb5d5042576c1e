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

    [Fact]
    public void Notice_before_the_start_date_is_rejected()
    {
        Scenario.Given(AgreementInForce()).When(new GiveNotice("Ale", Date(2019, 12, 31)))
            .ThenRejects("givenOn", "Uppsägningen kan inte ligga före avtalets startdatum.");
    }

    [Fact]
    public void Notice_without_a_party_is_rejected()
    {
        Scenario.Given(AgreementInForce()).When(new GiveNotice("", Date(2021, 1, 1))).ThenRejects("party", "Part måste anges.");
    }

    [Fact]
    public void Notice_by_someone_who_is_not_a_party_is_rejected()
    {
        Scenario.Given(AgreementInForce()).When(new GiveNotice("Malmö", Date(2021, 1, 1))).ThenRejects("party",
            "\"Malmö\" är inte en huvudman: ange Västra Götalandsregionen eller en av de 49 kommunerna.");
    }

    [Fact]
    public void Notice_with_a_decision_without_a_body_is_rejected()
    {
        Scenario.Given(AgreementInForce()).When(new GiveNotice("Ale", Date(2021, 1, 1), new DecisionReference(" ", Date(2021, 1, 1))))
            .ThenRejects("decision.body", "Beslutande organ måste anges.");
    }

    [Fact]
    public void Document_without_a_notice_period_cannot_be_given_notice()
    {
        Scenario.Given(InForce()).When(new GiveNotice("Ale", Date(2021, 1, 1)))
            .ThenRejects("status", "Dokumentet har ingen uppsägningstid och kan inte sägas upp.");
    }

    [Fact]
    public void Agreement_under_notice_cannot_be_given_notice_again()
    {
        Scenario.Given(UnderNotice()).When(new GiveNotice("Ale", Date(2021, 6, 1)))
            .ThenRejects("status", "Endast ett gällande avtal kan sägas upp (status: Uppsagt).");
    }

    [Fact]
    public void Draft_agreement_cannot_be_given_notice()
    {
        Scenario.Given(Draft("avtal")).When(new GiveNotice("Ale", Date(2021, 6, 1)))
            .ThenRejects("status", "Endast ett gällande avtal kan sägas upp (status: Utkast).");
    }

    [Theory]
    [MemberData(nameof(History.EndedStates), MemberType = typeof(History))]
    public void Ended_document_cannot_be_given_notice(string state)
    {
        var status = Scenario.Given(Ended(state)).Document.Status.Label();
        Scenario.Given(Ended(state)).When(new GiveNotice("Ale", Date(2021, 6, 1)))
            .ThenRejects("status", $"Endast ett gällande avtal kan sägas upp (status: {status}).");
    }
}
