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

    [Theory, MemberData(nameof(Refusals))]
    public void Refused(Refusal refusal) => refusal.Check();

    public static Refusals Refusals => new Refusals
    {
        { "Revision without a summary is rejected", InForce(), new DraftRevision(" ", Date(2023, 6, 1)), "summary", "Beskrivning av revideringen måste anges." },
        { "Second revision while one is pending is rejected", InRevision(), new DraftRevision("Till", Date(2023, 7, 1)), "status", "En revidering (version 2) pågår redan." },
    }.OnlyInForce("Only a document in force can be revised", new DraftRevision("Ändring", Date(2023, 6, 1)),
        status => $"Endast ett gällande dokument kan revideras (status: {status}).");
}
