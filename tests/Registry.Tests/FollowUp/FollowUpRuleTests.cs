using Registry.FollowUp;

namespace Registry.Tests.FollowUp;

public sealed class FollowUpRuleTests
{
    [Fact]
    public void Follow_up_without_a_key_gets_the_next_numbered_one()
    {
        var document = Scenario.Given(InForce()).When(new ScheduleFollowUp(FollowUpKind.Utvardering, Date(2022, 6, 30), " Halvtid "))
            .Then(new FollowUpScheduled(DocumentId, "uppfoljning-1", FollowUpKind.Utvardering, Date(2022, 6, 30), "Halvtid", Recording));

        Assert.Equal(Date(2022, 6, 30), document.NextFollowUp);

        Scenario.Given([.. InForce(), FollowUpPlanned()]).When(new ScheduleFollowUp(FollowUpKind.Avstamning, Date(2023, 1, 31), FollowUpKey: " "))
            .Then(new FollowUpScheduled(DocumentId, "uppfoljning-2", FollowUpKind.Avstamning, Date(2023, 1, 31), "", Recording));
    }

    [Fact]
    public void Follow_up_keeps_its_own_trimmed_key()
    {
        Scenario.Given(Draft()).When(new ScheduleFollowUp(FollowUpKind.Uppfoljning, Date(2022, 6, 30), FollowUpKey: " halvtid "))
            .Then(new FollowUpScheduled(DocumentId, "halvtid", FollowUpKind.Uppfoljning, Date(2022, 6, 30), "", Recording));
    }

    [Fact]
    public void Follow_up_with_a_key_already_used_is_rejected()
    {
        Scenario.Given([.. InForce(), FollowUpPlanned("halvtid")])
            .When(new ScheduleFollowUp(FollowUpKind.Uppfoljning, Date(2022, 6, 30), FollowUpKey: "halvtid"))
            .ThenRejects("followUpKey", "Uppföljningen \"halvtid\" finns redan.");
    }

    [Fact]
    public void Generated_key_already_taken_is_rejected()
    {
        Scenario.Given([.. InForce(), FollowUpPlanned("uppfoljning-2")])
            .When(new ScheduleFollowUp(FollowUpKind.Uppfoljning, Date(2022, 6, 30)))
            .ThenRejects("followUpKey", "Uppföljningen \"uppfoljning-2\" finns redan.");
    }

    [Fact]
    public void Follow_up_of_an_unknown_kind_is_rejected()
    {
        Scenario.Given(InForce()).When(new ScheduleFollowUp((FollowUpKind)9, Date(2022, 6, 30)))
            .ThenRejects("kind", "Okänd typ av uppföljning.");
    }

    [Theory]
    [MemberData(nameof(History.EndedStates), MemberType = typeof(History))]
    public void Ended_document_cannot_plan_a_follow_up(string state)
    {
        var status = Scenario.Given(Ended(state)).Document.Status.Label();
        Scenario.Given(Ended(state)).When(new ScheduleFollowUp(FollowUpKind.Uppfoljning, Date(2024, 6, 30)))
            .ThenRejects("status", $"Styrdokumentet har status \"{status}\" och kan inte ändras.");
    }

    [Fact]
    public void Completing_a_follow_up_records_the_date_and_trimmed_note()
    {
        var document = Scenario.Given([.. InForce(), FollowUpPlanned()])
            .When(new CompleteFollowUp(" uppfoljning-1 ", Date(2022, 6, 15), " Klar "))
            .Then(new FollowUpCompleted(DocumentId, "uppfoljning-1", Date(2022, 6, 15), "Klar", Recording));

        Assert.Null(document.NextFollowUp);
        Assert.Equal("Klar", document.FollowUps[0].Note);
    }

    [Fact]
    public void Completing_a_follow_up_without_a_key_is_rejected()
    {
        Scenario.Given([.. InForce(), FollowUpPlanned()]).When(new CompleteFollowUp(" ", Date(2022, 6, 15)))
            .ThenRejects("followUpKey", "Uppföljning måste anges.");
    }

    [Fact]
    public void Completing_an_unknown_follow_up_is_rejected()
    {
        Scenario.Given([.. InForce(), FollowUpPlanned()]).When(new CompleteFollowUp("slut", Date(2022, 6, 15)))
            .ThenRejects("followUpKey", "Uppföljningen \"slut\" finns inte.");
    }

    [Fact]
    public void Completing_a_follow_up_twice_is_rejected()
    {
        Scenario.Given([.. InForce(), FollowUpPlanned("a"), FollowUpPlanned("b"),
                new FollowUpCompleted(DocumentId, "a", Date(2022, 6, 1), null, Recording)])
            .When(new CompleteFollowUp("a", Date(2022, 6, 15)))
            .ThenRejects("followUpKey", "Uppföljningen \"a\" är redan genomförd.");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Completing_a_follow_up_when_none_remains_is_rejected(bool hadOne)
    {
        IDocumentEvent[] history = hadOne
            ? [.. InForce(), FollowUpPlanned(), new FollowUpCompleted(DocumentId, "uppfoljning-1", Date(2022, 6, 1), null, Recording)]
            : InForce();
        Scenario.Given(history).When(new CompleteFollowUp("uppfoljning-1", Date(2022, 6, 15)))
            .ThenRejects("followUpKey", "Dokumentet har ingen planerad uppföljning som återstår.");
    }
}
