using Registry.Adoption;
using Registry.Drafting;
using Registry.Endorsement;
using Registry.Termination;
using Registry.Warnings;

namespace Registry.Tests.Adoption;

public sealed class PartyAdoptionRuleTests
{
    private static AdoptionRequirementSet Requirement(AdoptionRequirement requirement, NoticeScope scope = NoticeScope.WholeAgreement,
        params string[] parties) => new(DocumentId, requirement, parties, scope, Recording);

    private static DocumentAdopted Adopted(string party, LocalDate on) => new(DocumentId, party, on, null, 1, Recording);

    [Fact]
    public void Named_parties_are_recorded_by_their_names_in_the_registers_order()
    {
        var document = Scenario.Given(AgreementInForce())
            .When(new SetAdoptionRequirement(AdoptionRequirement.NamedParties, ["mark kommun", "Borås", " VGR "], NoticeScope.PartyOnly))
            .Then(new AdoptionRequirementSet(DocumentId, AdoptionRequirement.NamedParties, ["Mark", "Borås", Parties.Region],
                NoticeScope.PartyOnly, Recording));

        Assert.Equal([Parties.Region, "Borås", "Mark"], document.RequiredParties);
        Assert.Equal(3, document.RequiredAdoptions);
        Assert.Equal(NoticeScope.PartyOnly, document.NoticeScope);
    }

    [Fact]
    public void Only_the_regions_decision_counts_when_VGR_alone_decides()
    {
        var document = Scenario.Given([.. Draft(), Requirement(AdoptionRequirement.RegionOnly), Adopted("Ale", Date(2021, 5, 1)),
            Adopted(Parties.Region, Date(2021, 6, 1))]).Document;

        Assert.Equal((1, 1), (document.AdoptionCount, document.RequiredAdoptions));
        Assert.Empty(document.MissingAdoptions);
    }

    [Fact]
    public void The_49_kommuner_requirement_counts_municipalities_and_names_those_missing()
    {
        IDocumentEvent[] adoptions = [.. Parties.Municipalities.Skip(2).Select(p => Adopted(p, Date(2018, 6, 1))), Adopted(Parties.Region, Date(2018, 6, 1))];
        var document = Scenario.Given([.. Draft("avtal"), Requirement(AdoptionRequirement.AllMunicipalities), .. adoptions]).Document;

        Assert.Equal((47, 49), (document.AdoptionCount, document.RequiredAdoptions));
        Assert.Equal(["Ale", "Alingsås"], document.MissingAdoptions);
    }

    [Fact]
    public void A_draft_cannot_name_parties_before_it_exists()
    {
        Scenario.When(new DraftDocument("Avtal", "avtal", ["SRO"], AdoptionRequirement: AdoptionRequirement.NamedParties))
            .ThenRejects("adoptionRequirement", "Namngivna huvudmän anges med steget \"Ange krav på beslut hos huvudmännen\" när dokumentet finns.");
    }

    [Fact]
    public void Notice_by_one_party_ends_only_its_part_when_the_agreement_says_so()
    {
        IDocumentEvent[] history = [.. AgreementInForce(), Requirement(AdoptionRequirement.AllParties, NoticeScope.PartyOnly),
            Adopted("Borås", Date(2019, 6, 1)), Adopted("Ale", Date(2019, 6, 1))];

        var document = Scenario.Given(history).When(new GiveNotice("Borås", Date(2021, 4, 30)))
            .Then(new PartyNoticeGiven(DocumentId, "Borås", Date(2021, 4, 30), Date(2022, 4, 30), null, Recording));

        Assert.Equal(DocumentStatus.InForce, document.Status);
        Assert.Equal(Date(2023, 12, 31), document.ValidTo);
        var parties = PartyAdoptionStatuses.Of(document).ToDictionary(p => p.Party);
        Assert.Equal(PartyState.NoticeGiven, parties["Borås"].State);
        Assert.Equal((Date(2020, 1, 1), Date(2022, 4, 30)), (parties["Borås"].InForceFrom, parties["Borås"].InForceTo));
        Assert.Equal("Har lämnat avtalet efter 2022-04-30", parties["Borås"].StandingOn(Date(2022, 5, 1)));
        Assert.Equal("Gäller, uppsagt till 2022-04-30", parties["Borås"].StandingOn(Date(2022, 4, 30)));
        Assert.Equal(PartyState.InForce, parties["Ale"].State);
        Assert.True(parties["Ale"].InForceOn(Date(2022, 5, 1)));
        Assert.Equal(PartyState.NotDecided, parties["Mark"].State);
        Assert.Equal("Beslut saknas", parties["Mark"].StandingOn(Date(2022, 5, 1)));
    }

    [Fact]
    public void Notice_by_one_party_ends_the_whole_agreement_unless_the_agreement_says_otherwise()
    {
        IDocumentEvent[] history = [.. AgreementInForce(), Requirement(AdoptionRequirement.AllParties), Adopted("Ale", Date(2019, 6, 1))];

        var document = Scenario.Given(history).When(new GiveNotice("Borås", Date(2021, 4, 30)))
            .Then(new NoticeGiven(DocumentId, "Borås", Date(2021, 4, 30), Date(2022, 4, 30), null, Recording));

        Assert.Equal(DocumentStatus.NoticeGiven, document.Status);
        var ale = PartyAdoptionStatuses.Of(document).Single(p => p.Party == "Ale");
        Assert.Equal(("Borås", Date(2022, 4, 30)), (ale.NoticeGivenBy, ale.NoticeEndsOn));
        Assert.Equal("Upphört efter 2022-04-30", ale.StandingOn(Date(2022, 5, 1)));
    }

    [Fact]
    public void A_party_is_bound_from_its_own_decision_when_it_decides_after_the_start_and_after_its_recommendation()
    {
        var recommendation = new DecisionReference("SRO", Date(2018, 2, 22), "2");
        var document = Scenario.Given([Drafted("avtal"), Requirement(AdoptionRequirement.AllMunicipalities),
            new DocumentEndorsed(DocumentId, recommendation, EndorsementOutcome.RecommendedToEnterAgreement, null, null, 1, Recording),
            Adopted("Borås", Date(2018, 5, 1)), EnteredIntoForce(Date(2019, 1, 1), Date(2022, 12, 31)), Adopted("Mark", Date(2019, 3, 1))]).Document;

        var parties = PartyAdoptionStatuses.Of(document).ToDictionary(p => p.Party);
        Assert.Equal(49, parties.Count);
        Assert.All(parties.Values, p => Assert.Equal(recommendation, p.Recommendation));
        Assert.Equal(Date(2019, 1, 1), parties["Borås"].InForceFrom);
        Assert.Equal(Date(2019, 3, 1), parties["Mark"].InForceFrom);
        Assert.Equal("Gäller från 2019-03-01", parties["Mark"].StandingOn(Date(2019, 2, 1)));
        Assert.Equal("Gäller", parties["Mark"].StandingOn(Date(2019, 3, 1)));
        Assert.False(parties.ContainsKey(Parties.Region));
    }

    [Fact]
    public void What_applies_to_a_party_on_a_day_lists_binding_pending_and_common_documents()
    {
        var agreement = Scenario.Given([.. AgreementInForce(), Requirement(AdoptionRequirement.AllMunicipalities), Adopted("Borås", Date(2019, 6, 1))]).Document;
        var waiting = Scenario.Given([.. Draft("avtal"), Requirement(AdoptionRequirement.AllParties)]).Document;
        waiting.Title = "Avtal som väntar";
        var guideline = Scenario.Given(InForce()).Document;
        guideline.Title = "Gemensam riktlinje";

        var overview = PartyOverview.For("Borås", Date(2021, 6, 1), [agreement, waiting, guideline]);

        Assert.Equal(["Riktlinje för test"], overview.InForce.Select(d => d.Title));
        Assert.Equal(["Avtal som väntar"], overview.Pending.Select(d => d.Title));
        Assert.Equal("Beslut saknas", overview.Pending[0].Standing);
        Assert.Equal(["Gemensam riktlinje"], overview.Common.Select(d => d.Title));
        Assert.Empty(PartyOverview.For("Borås", Date(2024, 1, 1), [agreement]).InForce);
        Assert.Equal(["Riktlinje för test"], PartyOverview.For("Borås", Date(2024, 1, 1), [agreement]).Ended.Select(d => d.Title));
    }

    [Fact]
    public void A_day_that_is_not_a_date_is_rejected_naming_the_field()
    {
        var violation = Assert.Throws<RuleViolation>(() => PartyOverview.RequireDate("2026-13-01", Today, "datum"));
        Assert.Equal(("datum", "\"2026-13-01\" är inget datum: skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-06-01."), (violation.Field, violation.Message));
        Assert.Equal(Today, PartyOverview.RequireDate(null, Today, "datum"));
    }

    [Theory, MemberData(nameof(Refusals))]
    public void Refused(Refusal refusal) => refusal.Check();

    public static Refusals Refusals => new Refusals
    {
        { "Named requirement without parties is rejected", Draft(), new SetAdoptionRequirement(AdoptionRequirement.NamedParties),
            "parties", "Ange minst en huvudman när kravet är namngivna huvudmän." },
        { "Parties named for another requirement are rejected", Draft(), new SetAdoptionRequirement(AdoptionRequirement.AllParties, ["Borås"]),
            "parties", "Huvudmän namnges bara när kravet är namngivna huvudmän." },
        { "A named party that is not a huvudman is rejected at its place", Draft(), new SetAdoptionRequirement(AdoptionRequirement.NamedParties, ["Borås", "Lund"]),
            "parties[1]", Refusals.NotAParty("Lund") },
        { "The requirement already recorded is rejected", [.. Draft(), Requirement(AdoptionRequirement.RegionOnly)], new SetAdoptionRequirement(AdoptionRequirement.RegionOnly),
            "requirement", "Kravet och valet för uppsägning är redan registrerade så." },
        { "A party outside the agreement cannot give notice on its part",
            [.. AgreementInForce(), Requirement(AdoptionRequirement.NamedParties, NoticeScope.PartyOnly, "Borås")], new GiveNotice("Ale", Date(2021, 4, 30)),
            "party", "Ale är inte part i avtalet." },
        { "A party gives notice on its part once",
            [.. AgreementInForce(), Requirement(AdoptionRequirement.AllParties, NoticeScope.PartyOnly), new PartyNoticeGiven(DocumentId, "Borås", Date(2021, 4, 30), Date(2022, 4, 30), null, Recording)],
            new GiveNotice("Borås", Date(2021, 6, 30)), "party", "Borås har redan sagt upp sin del av avtalet." },
    };
}
