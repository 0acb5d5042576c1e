namespace Registry.Tests.Revision;

public sealed class RevisionRuleTests
{
    [Fact]
    public void Revision_drafts_the_next_text_version_while_the_current_one_stays_in_force()
    {
        var document = Scenario.Given(InForce()).When(new DraftRevision(" Nya mål ", Date(2023, 6, 1)))
            .Then(new RevisionDrafted(DocumentId, 2, "Nya mål", Date(2023, 6, 1), Recording));

        Assert.Equal(DocumentStatus.InForce, document.Status);
        Assert.Equal(new PendingRevision(2, "Nya mål", Date(2023, 6, 1)), document.PendingRevision);
        Assert.Equal(2, document.AdoptionTargetVersion);
    }

    [Fact]
    public void Revision_of_a_revised_document_is_its_third_version()
    {
        Scenario.Given([.. InRevision(), EnteredIntoForce(Date(2023, 7, 1), textVersion: 2, replacesPreviousVersion: true)])
            .When(new DraftRevision("Igen", Date(2024, 1, 1)))
            .Then(new RevisionDrafted(DocumentId, 3, "Igen", Date(2024, 1, 1), Recording));
    }

    [Fact]
    public void Revision_without_a_summary_is_rejected()
    {
        Scenario.Given(InForce()).When(new DraftRevision(" ", Date(2023, 6, 1)))
            .ThenRejects("summary", "Beskrivning av revideringen måste anges.");
    }

    [Fact]
    public void Second_revision_while_one_is_pending_is_rejected()
    {
        Scenario.Given(InRevision()).When(new DraftRevision("Till", Date(2023, 7, 1)))
            .ThenRejects("status", "En revidering (version 2) pågår redan.");
    }

    [Fact]
    public void Draft_cannot_be_revised()
    {
        Scenario.Given(Draft()).When(new DraftRevision("Ändring", Date(2023, 6, 1)))
            .ThenRejects("status", "Endast ett gällande dokument kan revideras (status: Utkast).");
    }

    [Fact]
    public void Agreement_under_notice_cannot_be_revised()
    {
        Scenario.Given(UnderNotice()).When(new DraftRevision("Ändring", Date(2021, 6, 1)))
            .ThenRejects("status", "Endast ett gällande dokument kan revideras (status: Uppsagt).");
    }

    [Theory]
    [MemberData(nameof(History.EndedStates), MemberType = typeof(History))]
    public void Ended_document_cannot_be_revised(string state)
    {
        var status = Scenario.Given(Ended(state)).Document.Status.Label();
        Scenario.Given(Ended(state)).When(new DraftRevision("Ändring", Date(2023, 6, 1)))
            .ThenRejects("status", $"Endast ett gällande dokument kan revideras (status: {status}).");
    }
}
