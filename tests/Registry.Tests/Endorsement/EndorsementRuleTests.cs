namespace Registry.Tests.Endorsement;

public sealed class EndorsementRuleTests
{
    [Fact]
    public void Endorsement_records_the_trimmed_decision_presenter_and_note_and_endorses_the_draft()
    {
        var document = Scenario.Given(Draft())
            .When(new Endorse(EndorsementOutcome.Endorsed, new DecisionReference(" SRO ", Date(2021, 9, 1), " 4 "), " Anna ", " Bra "))
            .Then(new DocumentEndorsed(DocumentId, new DecisionReference("SRO", Date(2021, 9, 1), "4"), EndorsementOutcome.Endorsed,
                "Anna", "Bra", 1, Recording));

        Assert.Equal(DocumentStatus.Endorsed, document.Status);
        Assert.Equal(new DecisionReference("SRO", Date(2021, 9, 1), "4"), document.LastDecision);
    }

    [Fact]
    public void Blank_agenda_item_is_recorded_as_none()
    {
        Scenario.Given(Draft()).When(new Endorse(EndorsementOutcome.Noted, Vvg(Date(2021, 9, 1), " ")))
            .Then(new DocumentEndorsed(DocumentId, Vvg(Date(2021, 9, 1), null), EndorsementOutcome.Noted, null, null, 1, Recording));
    }

    [Theory]
    [InlineData(EndorsementOutcome.Endorsed, DocumentStatus.Endorsed)]
    [InlineData(EndorsementOutcome.RecommendedToPrincipals, DocumentStatus.Endorsed)]
    [InlineData(EndorsementOutcome.Noted, DocumentStatus.Draft)]
    [InlineData(EndorsementOutcome.Rejected, DocumentStatus.Draft)]
    public void Only_a_positive_endorsement_moves_a_draft_on(EndorsementOutcome outcome, DocumentStatus status)
    {
        var document = Scenario.Given(Draft()).When(new Endorse(outcome, Vvg(Date(2021, 9, 1))))
            .Then(new DocumentEndorsed(DocumentId, Vvg(Date(2021, 9, 1)), outcome, null, null, 1, Recording));

        Assert.Equal(status, document.Status);
    }

    [Fact]
    public void Endorsement_during_a_revision_is_about_the_new_version_and_the_document_stays_in_force()
    {
        var document = Scenario.Given(InRevision()).When(new Endorse(EndorsementOutcome.Endorsed, Vvg(Date(2023, 9, 1))))
            .Then(new DocumentEndorsed(DocumentId, Vvg(Date(2023, 9, 1)), EndorsementOutcome.Endorsed, null, null, 2, Recording));

        Assert.Equal(DocumentStatus.InForce, document.Status);
    }

    [Theory, MemberData(nameof(Refusals))]
    public void Refused(Refusal refusal) => refusal.Check();

    public static Refusals Refusals => new Refusals
    {
        { "Endorsement with an unknown outcome is rejected", Draft(), new Endorse((EndorsementOutcome)42, Vvg(Date(2021, 9, 1))), "outcome", "Okänt utfall av ställningstagandet." },
    }
    .RequiresADecision("Endorsement", Draft(), decision => new Endorse(EndorsementOutcome.Endorsed, decision), Date(2021, 9, 1))
    .OnEveryEndedDocument("Ended document cannot be endorsed", new Endorse(EndorsementOutcome.Endorsed, Vvg(Date(2021, 9, 1))));
}
