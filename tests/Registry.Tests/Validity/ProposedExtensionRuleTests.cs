using Registry.Adoption;
using Registry.Provenance;
using Registry.Validity;
using Registry.Warnings;

namespace Registry.Tests.Validity;

public sealed class ProposedExtensionRuleTests
{
    private static readonly DecisionReference Sro = new("SRO", Date(2020, 11, 6), "5");

    private static IDocumentEvent[] ThreePartyAgreement() =>
        [.. AgreementInForce(), new AdoptionRequirementSet(DocumentId, AdoptionRequirement.NamedParties, [Parties.Region, "Borås", "Ale"], NoticeScope.WholeAgreement, Recording)];

    private static ExtensionProposed Proposed(IReadOnlyList<string> parties) =>
        new(DocumentId, 1, Date(2023, 12, 31), Date(2025, 12, 31), Sro, true, parties, Recording);

    /// <summary>The three-party agreement with a backed extension that waits for all three huvudmän.</summary>
    private static IDocumentEvent[] AwaitingDecisions() => [.. ThreePartyAgreement(), Proposed([Parties.Region, "Ale", "Borås"])];

    [Fact]
    public void A_backed_extension_waits_for_the_huvudmen_and_leaves_the_end_date()
    {
        var document = Scenario.Given(ThreePartyAgreement())
            .When(new ProposeExtension(Date(2025, 12, 31), Sro with { Body = " SRO " }, true))
            .Then(Proposed([Parties.Region, "Ale", "Borås"]));

        Assert.Equal(Date(2023, 12, 31), document.ValidTo);
        Assert.Equal(0, document.ExtensionCount);
        Assert.Equal([Parties.Region, "Ale", "Borås"], document.ProposedExtension!.MissingParties);
        Assert.Equal(DocumentStatus.InForce, document.Status);
    }

    [Fact]
    public void Each_decision_is_recorded_and_the_last_one_moves_the_end_date_as_an_extension()
    {
        IDocumentEvent[] history = [.. AwaitingDecisions(),
            new ExtensionDecided(DocumentId, Parties.Region, Date(2020, 12, 1), null, false, false, Recording)];

        var afterAle = Scenario.Given(history).When(new DecideExtension(Date(2021, 1, 20), "Ale"))
            .Then(new ExtensionDecided(DocumentId, "Ale", Date(2021, 1, 20), null, false, false, Recording));
        Assert.Equal(["Borås"], afterAle.ProposedExtension!.MissingParties);

        var kf = new DecisionReference("Borås kommunfullmäktige", Date(2021, 2, 11), "7");
        var document = Scenario.Given([.. history, new ExtensionDecided(DocumentId, "Ale", Date(2021, 1, 20), null, false, false, Recording)])
            .When(new DecideExtension(Date(2021, 2, 11), "Borås", kf))
            .Then(new ExtensionDecided(DocumentId, "Borås", Date(2021, 2, 11), kf, false, true, Recording),
                new DocumentExtended(DocumentId, 1, Date(2023, 12, 31), Date(2025, 12, 31), kf, true, "föreslagen SRO 2020-11-06 punkt 5", Recording));

        Assert.Null(document.ProposedExtension);
        Assert.Equal(Date(2025, 12, 31), document.ValidTo);
        Assert.Equal(new ValidityPeriod(1, Date(2024, 1, 1), Date(2025, 12, 31), ValidityBasis.Extension, kf, true), document.ValidityPeriods[^1]);
    }

    [Fact]
    public void One_decision_taken_with_mandate_moves_the_end_date_at_once()
    {
        var vvg = Vvg(Date(2020, 12, 10));
        var document = Scenario.Given(AwaitingDecisions())
            .When(new DecideExtension(Date(2020, 12, 10), Decision: vvg, WithMandate: true))
            .Then(new ExtensionDecided(DocumentId, null, Date(2020, 12, 10), vvg, true, true, Recording),
                new DocumentExtended(DocumentId, 1, Date(2023, 12, 31), Date(2025, 12, 31), vvg, true, "föreslagen SRO 2020-11-06 punkt 5", Recording));

        Assert.Equal(Date(2025, 12, 31), document.ValidTo);
    }

    [Fact]
    public void A_month_precise_proposal_moves_the_end_date_at_that_precision()
    {
        var precision = new Dictionary<string, DatePrecision> { ["newValidTo"] = DatePrecision.Year };
        var document = Scenario.Given([.. InForce(), new ExtensionProposed(DocumentId, 1, Date(2023, 12, 31), Date(2025, 12, 31), Sro, false, [], Recording, Precision: precision)])
            .When(new DecideExtension(Date(2021, 1, 1), Decision: Vvg(Date(2021, 1, 1)), WithMandate: true))
            .Then(new ExtensionDecided(DocumentId, null, Date(2021, 1, 1), Vvg(Date(2021, 1, 1)), true, true, Recording),
                new DocumentExtended(DocumentId, 1, Date(2023, 12, 31), Date(2025, 12, 31), Vvg(Date(2021, 1, 1)), false,
                    "föreslagen SRO 2020-11-06 punkt 5", Recording, Precision: precision));

        Assert.Equal(DatePrecision.Year, document.ValidToPrecision);
    }

    [Fact]
    public void Missing_decisions_are_a_deadline_at_the_current_end_date_until_the_proposal_is_decided()
    {
        IDocumentEvent[] history = [.. AwaitingDecisions(),
            new ExtensionDecided(DocumentId, "Ale", Date(2021, 1, 20), null, false, false, Recording)];

        var deadline = Deadlines.Of(Scenario.Given(history).Document).Single(d => d.Kind == WarningKind.ExtensionDecisions);
        Assert.Equal(new Deadline(WarningKind.ExtensionDecisions, "", Date(2023, 12, 31),
            "Föreslagen förlängning till 2025-12-31; beslut saknas från: Västra Götalandsregionen, Borås"), deadline);

        var decided = Scenario.Given([.. history, new ExtensionDecided(DocumentId, null, Date(2021, 2, 1), Vvg(Date(2021, 2, 1)), true, true, Recording),
            new DocumentExtended(DocumentId, 1, Date(2023, 12, 31), Date(2025, 12, 31), Vvg(Date(2021, 2, 1)), true, null, Recording)]).Document;
        Assert.DoesNotContain(Deadlines.Of(decided), d => d.Kind == WarningKind.ExtensionDecisions);
        Assert.Contains(Deadlines.Of(decided), d => d.Kind == WarningKind.Expiry && d.TargetDate == Date(2025, 12, 31));
    }

    [Fact]
    public void Each_party_row_shows_the_proposal_and_its_decision()
    {
        var document = Scenario.Given([.. AwaitingDecisions(),
            new ExtensionDecided(DocumentId, "Ale", Date(2021, 1, 20), null, false, false, Recording)]).Document;

        var rows = Registry.ReadModels.PartyStatusRows.Of(document).ToDictionary(r => r.Party);
        Assert.Equal((new DateOnly(2025, 12, 31), new DateOnly(2021, 1, 20), false),
            (rows["Ale"].ExtensionProposedTo, rows["Ale"].ExtensionDecidedOn, rows["Ale"].ExtensionDecisionMissing));
        Assert.True(rows["Borås"].ExtensionDecisionMissing);
    }

    [Theory, MemberData(nameof(Refusals))]
    public void Refused(Refusal refusal) => refusal.Check();

    public static Refusals Refusals => new Refusals
    {
        { "Without a requirement only a decision with mandate completes the proposal", [.. InForce(), Proposed([])], new DecideExtension(Date(2021, 1, 20), "Ale"),
            "withMandate", "Förslaget kräver inga beslut av enskilda huvudmän: registrera beslutet med mandat." },
        { "A decision with mandate needs the deciding body", [.. InForce(), Proposed([])], new DecideExtension(Date(2021, 1, 20), WithMandate: true),
            "decision", Refusals.DecisionMissing },
        { "A party not asked to decide is rejected", AwaitingDecisions(), new DecideExtension(Date(2021, 1, 20), "Mark"),
            "party", "Mark är inte en av huvudmännen som ska besluta om förlängningen." },
        { "A party decides once", [.. AwaitingDecisions(), new ExtensionDecided(DocumentId, "Ale", Date(2021, 1, 20), null, false, false, Recording)],
            new DecideExtension(Date(2021, 2, 20), "ale"), "party", "Ale har redan beslutat om förlängningen." },
        { "A decision before the proposal is rejected", AwaitingDecisions(), new DecideExtension(Date(2020, 11, 5), "Ale"),
            "decidedOn", "Beslutet kan inte ligga före förslaget (2020-11-06)." },
        { "Without a proposal there is nothing to decide", InForce(), new DecideExtension(Date(2021, 1, 20), "Ale"), "status", "Ingen förlängning är föreslagen." },
        { "A proposal must end after the current end date", InForce(), new ProposeExtension(Date(2023, 12, 31), Sro),
            "newValidTo", "Det nya slutdatumet måste ligga efter nuvarande slutdatum 2023-12-31." },
        { "A proposal needs the backing decision", InForce(), new ProposeExtension(Date(2025, 12, 31)), "decision", Refusals.DecisionMissing },
        { "A second proposal waits for the first", [.. InForce(), Proposed([])], new ProposeExtension(Date(2026, 12, 31), Sro),
            "status", "En förlängning till 2025-12-31 är redan föreslagen och väntar på beslut." },
        { "An agreement under notice gets no proposal", UnderNotice(), new ProposeExtension(Date(2026, 12, 31), Sro), "status", "Dokumentet är uppsagt och kan inte förlängas." },
    };
}
