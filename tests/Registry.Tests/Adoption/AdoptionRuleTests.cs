namespace Registry.Tests.Adoption;

public sealed class AdoptionRuleTests
{
    [Fact]
    public void Adoption_by_VGR_is_the_regions_and_makes_the_draft_adopted()
    {
        var document = Scenario.Given(Draft())
            .When(new Adopt("VGR", Date(2021, 6, 1), new DecisionReference(" Regionstyrelsen ", Date(2021, 6, 1), "12")))
            .Then(new DocumentAdopted(DocumentId, Parties.Region, Date(2021, 6, 1),
                new DecisionReference("Regionstyrelsen", Date(2021, 6, 1), "12"), 1, Recording));

        Assert.Equal(DocumentStatus.Adopted, document.Status);
        Assert.Equal(1, document.AdoptionCount);
    }

    [Fact]
    public void Adoption_by_a_municipality_needs_no_decision_reference()
    {
        Scenario.Given(Draft()).When(new Adopt(" Borås kommun ", Date(2021, 6, 1)))
            .Then(new DocumentAdopted(DocumentId, "Borås", Date(2021, 6, 1), null, 1, Recording));
    }

    [Fact]
    public void Adoption_of_a_revision_is_of_the_new_version_even_by_a_party_that_adopted_the_first()
    {
        var adopted = new DocumentAdopted(DocumentId, "Borås", Date(2019, 12, 1), null, 1, Recording);
        var document = Scenario.Given(Drafted(), adopted, EnteredIntoForce(), RevisionBegun())
            .When(new Adopt("Borås", Date(2023, 9, 1)))
            .Then(new DocumentAdopted(DocumentId, "Borås", Date(2023, 9, 1), null, 2, Recording));

        Assert.Equal(DocumentStatus.InForce, document.Status);
    }

    [Fact]
    public void Second_adoption_of_the_same_version_by_the_same_party_is_rejected()
    {
        Scenario.Given(Drafted(), new DocumentAdopted(DocumentId, "Borås", Date(2021, 6, 1), null, 1, Recording))
            .When(new Adopt("borås", Date(2021, 7, 1)))
            .ThenRejects("party", "Borås har redan antagit version 1 av dokumentet.");
    }

    [Fact]
    public void Adoption_without_a_party_is_rejected()
    {
        Scenario.Given(Draft()).When(new Adopt(" ", Date(2021, 6, 1))).ThenRejects("party", "Part måste anges.");
    }

    [Fact]
    public void Adoption_by_someone_who_is_not_a_party_is_rejected()
    {
        Scenario.Given(Draft()).When(new Adopt("Lund", Date(2021, 6, 1))).ThenRejects("party",
            "\"Lund\" är inte en huvudman: ange Västra Götalandsregionen eller en av de 49 kommunerna.");
    }

    [Fact]
    public void Adoption_with_a_decision_without_a_body_is_rejected()
    {
        Scenario.Given(Draft()).When(new Adopt("Ale", Date(2021, 6, 1), new DecisionReference("", Date(2021, 6, 1))))
            .ThenRejects("decision.body", "Beslutande organ måste anges.");
    }

    [Theory]
    [MemberData(nameof(History.EndedStates), MemberType = typeof(History))]
    public void Ended_document_cannot_be_adopted(string state)
    {
        var status = Scenario.Given(Ended(state)).Document.Status.Label();
        Scenario.Given(Ended(state)).When(new Adopt("Ale", Date(2021, 6, 1)))
            .ThenRejects("status", $"Styrdokumentet har status \"{status}\" och kan inte ändras.");
    }
}
