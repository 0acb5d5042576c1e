using Registry.Contacts;
using Registry.FollowUp;
using Registry.Relations;

namespace Registry.Tests.Rules;

/// <summary>What holds for every step in <see cref="LifecycleSteps.All"/>: ended documents, and the UI's offer agreeing with the rules.</summary>
public sealed class LifecycleStepRuleTests
{
    /// <summary>One ordinary command per step, valid wherever its step applies unless a state says otherwise.</summary>
    private static readonly IReadOnlyDictionary<string, IDocumentCommand> Commands = new Dictionary<string, IDocumentCommand>
    {
        ["extend"] = new ExtendDocument(Date(2030, 12, 31), Vvg(Date(2021, 12, 1))),
        ["propose-extension"] = new ProposeExtension(Date(2030, 12, 31), Vvg(Date(2021, 12, 1))),
        ["decide-extension"] = new DecideExtension(Date(2022, 1, 15), "Ale"),
        ["set-adoption-requirement"] = new SetAdoptionRequirement(AdoptionRequirement.AllMunicipalities),
        ["enter-into-force"] = new EnterIntoForce(Date(2025, 1, 1)),
        ["send-remiss"] = new SendRemiss(Date(2024, 1, 1), Date(2024, 3, 1)),
        ["change-remiss-deadline"] = new ChangeRemissDeadline(Date(2025, 6, 30)),
        ["record-remiss-response"] = new RecordRemissResponse("Ale", ResponseStance.Approve, Date(2025, 1, 1)),
        ["close-remiss"] = new CloseRemiss(Date(2025, 6, 30)),
        ["record-remiss-conference"] = new RecordRemissConference(Date(2021, 10, 12), "Remisskonferens Fyrbodal"),
        ["endorse"] = new Endorse(EndorsementOutcome.Endorsed, Vvg(Date(2021, 9, 1))),
        ["adopt"] = new Adopt("Ale", Date(2021, 9, 1)),
        ["draft-revision"] = new DraftRevision("Ny version", Date(2021, 9, 1)),
        ["change-notice-period"] = new ChangeNoticePeriod(6, Vvg(Date(2021, 9, 1))),
        ["give-notice"] = new GiveNotice("Ale", Date(2021, 6, 1)),
        ["schedule-follow-up"] = new ScheduleFollowUp(FollowUpKind.Uppfoljning, Date(2024, 6, 30)),
        ["complete-follow-up"] = new CompleteFollowUp("uppfoljning-1", Date(2022, 6, 15)),
        ["reschedule-follow-up"] = new RescheduleFollowUp("uppfoljning-1", Date(2026, 6, 30), "2026 känns mer relevant"),
        ["withdraw"] = new WithdrawDraft(Date(2021, 3, 1)),
        ["supersede"] = new Supersede(OtherDocumentId, Date(2025, 1, 1)),
        ["expire"] = new ExpireDocument(),
        ["set-end-condition"] = new SetEndCondition("tills dess en ny struktur finns på plats", Date(2026, 6, 30)),
        ["set-automatic-renewal"] = new SetAutomaticRenewal(PeriodYears: 2),
        ["add-responsible-contact"] = new AddResponsibleContact("Anna Andersson", "anna@vgregion.se"),
        ["remove-responsible-contact"] = new RemoveResponsibleContact("anna@vgregion.se"),
        ["add-relation"] = new AddRelation(OtherDocumentId, RelationKind.SubAgreementOf),
        ["remove-relation"] = new RemoveRelation(OtherDocumentId, RelationKind.SubAgreementOf),
    };

    /// <summary>Documents in the states the lifecycle reaches, by name.</summary>
    private static readonly IReadOnlyDictionary<string, IDocumentEvent[]> States = new Dictionary<string, IDocumentEvent[]>
    {
        ["draft"] = Draft(),
        ["draft agreement"] = Draft("avtal"),
        ["on remiss"] = OnRemiss(),
        ["remiss closed"] = BackFromRemiss(),
        ["endorsed"] = Endorsed(),
        ["adopted"] = Adopted(),
        ["in force"] = InForce(),
        ["in force until further notice"] = InForce(openEnded: true),
        ["agreement in force"] = AgreementInForce(),
        ["in revision"] = InRevision(),
        ["revision on remiss"] = RevisionOnRemiss(),
        ["under notice"] = UnderNotice(),
        ["with a follow-up"] = [.. InForce(), FollowUpPlanned()],
        ["extension proposed"] = [.. InForce(), new ExtensionProposed(DocumentId, 1, Date(2023, 12, 31), Date(2025, 12, 31), Vvg(Date(2021, 12, 1)), false, [], Recording)],
        ["withdrawn"] = Withdrawn(),
        ["expired"] = Expired(),
        ["superseded"] = Superseded(),
        ["superseded with a follow-up"] = [.. InForce(), FollowUpPlanned(), .. Superseded()[2..]],
        ["with a relation"] = [.. InForce(), new RelationAdded(DocumentId, OtherDocumentId, RelationKind.SubAgreementOf, Recording)],
    };

    public static TheoryData<string> StateNames => [.. States.Keys];

    [Fact]
    public void Every_step_has_a_unique_name_and_a_command_of_its_type()
    {
        Assert.Equal(LifecycleSteps.All.Count, LifecycleSteps.All.Select(s => s.Name).Distinct().Count());
        Assert.Equal(LifecycleSteps.All.Select(s => s.Name).Order(), Commands.Keys.Order());
        Assert.All(LifecycleSteps.All, step =>
        {
            Assert.Same(step, LifecycleSteps.Find(step.Name));
            Assert.IsType(step.CommandType, Commands[step.Name]);
        });
    }

    [Theory]
    [MemberData(nameof(EndedStates), MemberType = typeof(History))]
    public void Every_step_refuses_an_ended_document_for_its_status_except_completing_a_follow_up(string state)
    {
        var document = Scenario.Given(Ended(state)).Document;
        Assert.All(LifecycleSteps.All, step =>
        {
            var refusal = step.Refusal(document);
            Assert.NotNull(refusal);
            // Issue 12: a follow-up outlives the document, so it can still be moved as well as completed.
            if (step.Name == CompleteFollowUp.Step.Name || step.Name == RescheduleFollowUp.Step.Name)
                Assert.Equal(("followUpKey", "Dokumentet har ingen planerad uppföljning som återstår."), (refusal.Field, refusal.Message));
            else if (step.Name == RemoveResponsibleContact.Step.Name)
                Assert.Equal(("email", "Dokumentet har ingen ansvarig person."), (refusal.Field, refusal.Message));
            else
                Assert.Equal("status", refusal.Field);
            Scenario.Given(Ended(state)).When(Commands[step.Name], Today).ThenRejects(refusal.Field, refusal.Message);
        });
    }

    [Fact]
    public void Ended_document_with_a_follow_up_left_can_still_complete_it_and_take_no_other_step()
    {
        var history = States["superseded with a follow-up"];
        // Issue 12: moving a follow-up (with a reason) outlives the document like completing it.
        Assert.Equal([CompleteFollowUp.Step.Name, RescheduleFollowUp.Step.Name],
            LifecycleSteps.ApplicableTo(Scenario.Given(history).Document).Select(s => s.Name));
        Scenario.Given(history).When(Commands["complete-follow-up"])
            .Then(new FollowUpCompleted(DocumentId, "uppfoljning-1", Date(2022, 6, 15), null, Recording));
    }

    /// <summary>
    /// The UI offers a step when its <see cref="LifecycleStep.Refusal"/> is null. When it is not, Decide throws exactly
    /// that refusal (message and field: not always "status" — expiry, extension, notice period and follow-up refuse
    /// for another field). When it is, Decide may still reject the command's own input, but never for the document's
    /// status.
    /// </summary>
    [Theory]
    [MemberData(nameof(StateNames))]
    public void A_step_is_offered_exactly_when_its_rules_accept_the_documents_state(string state)
    {
        var document = Scenario.Given(States[state]).Document;
        Assert.All(LifecycleSteps.All, step =>
        {
            if (step.Refusal(document) is { } refusal)
            {
                Assert.False(step.AppliesTo(document));
                Scenario.Given(States[state]).When(Commands[step.Name]).ThenRejects(refusal.Field, refusal.Message);
                return;
            }
            Assert.True(step.AppliesTo(document));
            try
            {
                Decide(Commands[step.Name], States[state]);
            }
            catch (RuleViolation input)
            {
                Assert.NotEqual("status", input.Field);
            }
        });
    }

    [Theory]
    [InlineData("draft", new[] { "send-remiss", "endorse", "adopt", "set-adoption-requirement", "enter-into-force", "schedule-follow-up", "withdraw", "supersede", "add-responsible-contact", "add-relation" })]
    [InlineData("on remiss", new[] { "change-remiss-deadline", "record-remiss-response", "record-remiss-conference", "close-remiss", "endorse", "adopt", "set-adoption-requirement", "schedule-follow-up", "withdraw", "supersede", "add-responsible-contact", "add-relation" })]
    [InlineData("in force", new[] { "extend", "propose-extension", "endorse", "adopt", "set-adoption-requirement", "draft-revision", "schedule-follow-up", "supersede", "expire", "add-responsible-contact", "add-relation" })]
    [InlineData("agreement in force", new[] { "extend", "propose-extension", "set-automatic-renewal", "endorse", "adopt", "set-adoption-requirement", "draft-revision", "change-notice-period", "give-notice", "schedule-follow-up", "supersede", "expire", "add-responsible-contact", "add-relation" })]
    [InlineData("in revision", new[] { "extend", "propose-extension", "enter-into-force", "send-remiss", "endorse", "adopt", "set-adoption-requirement", "schedule-follow-up", "supersede", "expire", "add-responsible-contact", "add-relation" })]
    [InlineData("under notice", new[] { "endorse", "adopt", "set-adoption-requirement", "change-notice-period", "schedule-follow-up", "supersede", "expire", "add-responsible-contact", "add-relation" })]
    [InlineData("extension proposed", new[] { "extend", "decide-extension", "endorse", "adopt", "set-adoption-requirement", "draft-revision", "schedule-follow-up", "supersede", "expire", "add-responsible-contact", "add-relation" })]
    [InlineData("in force until further notice", new[] { "set-end-condition", "endorse", "adopt", "set-adoption-requirement", "draft-revision", "schedule-follow-up", "supersede", "add-responsible-contact", "add-relation" })]
    [InlineData("with a relation", new[] { "extend", "propose-extension", "endorse", "adopt", "set-adoption-requirement", "draft-revision", "schedule-follow-up", "supersede", "expire", "add-responsible-contact", "add-relation", "remove-relation" })]
    [InlineData("withdrawn", new string[0])]
    public void The_steps_offered_follow_the_lifecycle(string state, string[] offered)
    {
        var document = Scenario.Given(States[state]).Document;
        Assert.Equal(offered.Order(), LifecycleSteps.ApplicableTo(document).Select(s => s.Name).Order());
    }

    /// <summary>
    /// "An ended document takes no more steps" (<see cref="Rule.RefuseTerminal"/>), reached through the commands
    /// themselves: superseding a draft on remiss, or expiring or superseding a document while its revision is drafted.
    /// </summary>
    [Theory]
    [InlineData("superseded while on remiss")]
    [InlineData("expired while a revision was drafted")]
    [InlineData("superseded while a revision was on remiss")]
    public void Ended_document_takes_no_more_steps_even_with_a_remiss_or_revision_open(string state)
    {
        var history = state switch
        {
            "superseded while on remiss" => Through(OnRemiss(), new Supersede(OtherDocumentId, Date(2022, 1, 1))),
            "expired while a revision was drafted" => Through(InRevision(), new ExpireDocument()),
            _ => Through([.. InRevision(), SentOnRemiss(textVersion: 2, sentOn: Date(2023, 7, 1), deadline: Date(2023, 9, 1))],
                new Supersede(OtherDocumentId, Date(2023, 8, 1))),
        };
        var document = Scenario.Given(history).Document;
        Assert.True(document.Status.IsTerminal());

        Assert.Empty(LifecycleSteps.ApplicableTo(document).Select(s => s.Name));
    }

    private static IDocumentEvent[] Through(IDocumentEvent[] history, IDocumentCommand command) =>
        [.. history, .. Decide(command, history)];

    private static List<IDocumentEvent> Decide(IDocumentCommand command, IDocumentEvent[] history) =>
        command.Decided(Scenario.Given(history).Document, Context());
}
