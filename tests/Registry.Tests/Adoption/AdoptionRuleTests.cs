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

    [Theory, MemberData(nameof(Refusals))]
    public void Refused(Refusal refusal) => refusal.Check();

    public static Refusals Refusals => new Refusals
    {
        { "Second adoption of the same version by the same party is rejected", Adopted("Borås", Date(2021, 6, 1)), new Adopt("borås", Date(2021, 7, 1)),
            "party", "Borås har redan antagit version 1 av dokumentet." },
    }
    .RequiresAParty("Adoption", Draft(), party => new Adopt(party, Date(2021, 6, 1)), notAParty: "Lund")
    .ChecksTheDecision("Adoption", Draft(), decision => new Adopt("Ale", Date(2021, 6, 1), decision), Date(2021, 6, 1))
    .OnEveryEndedDocument("Ended document cannot be adopted", new Adopt("Ale", Date(2021, 6, 1)));
}
