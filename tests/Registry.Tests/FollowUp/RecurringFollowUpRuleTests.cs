using Registry.FollowUp;
using Registry.Termination;
using Registry.Warnings;

namespace Registry.Tests.FollowUp;

/// <summary>Recurring follow-ups, rescheduling with a reason, and follow-ups that outlive the document (issue 12 point 8).</summary>
public sealed class RecurringFollowUpRuleTests
{
    private static FollowUpScheduled Yearly(LocalDate? until = null) =>
        new(DocumentId, "rapport", FollowUpKind.Uppfoljning, Date(2024, 3, 31), "Årlig rapport", Recording) { Recurrence = new FollowUpRecurrence(12, until) };

    [Fact]
    public void A_yearly_follow_up_is_recorded_with_its_interval_and_end()
    {
        var document = Scenario.Given(InForce())
            .When(new ScheduleFollowUp(FollowUpKind.Uppfoljning, Date(2024, 3, 31), "Årlig rapport", "rapport", IntervalMonths: 12, RepeatUntil: Date(2027, 3, 31)))
            .Then(Yearly(Date(2027, 3, 31)));

        var followUp = Assert.Single(document.FollowUps);
        Assert.Equal((new FollowUpRecurrence(12, Date(2027, 3, 31)), Date(2025, 3, 31)), (followUp.Recurrence, followUp.NextDueOn));
    }

    [Fact]
    public void Completing_an_occurrence_plans_the_next_one_in_the_series()
    {
        var document = Scenario.Given([.. InForce(), Yearly()])
            .When(new CompleteFollowUp("rapport", Date(2024, 3, 20)))
            .Then(new FollowUpCompleted(DocumentId, "rapport", Date(2024, 3, 20), null, Recording),
                new FollowUpScheduled(DocumentId, "rapport-2", FollowUpKind.Uppfoljning, Date(2025, 3, 31), "Årlig rapport", Recording)
                { Recurrence = new FollowUpRecurrence(12, SeriesKey: "rapport") });

        Assert.Equal(Date(2025, 3, 31), document.NextFollowUp);
    }

    [Fact]
    public void The_series_ends_at_its_end_date()
    {
        Scenario.Given([.. InForce(), Yearly(until: Date(2025, 3, 30))])
            .When(new CompleteFollowUp("rapport", Date(2024, 3, 20)))
            .Then(new FollowUpCompleted(DocumentId, "rapport", Date(2024, 3, 20), null, Recording));
    }

    [Fact]
    public void A_follow_up_is_moved_for_a_reason_and_keeps_its_first_date()
    {
        var document = Scenario.Given([.. InForce(), FollowUpPlanned(dueOn: Date(2024, 12, 31))])
            .When(new RescheduleFollowUp("uppfoljning-1", Date(2026, 6, 30), " 2026 känns mer relevant "))
            .Then(new FollowUpRescheduled(DocumentId, "uppfoljning-1", Date(2024, 12, 31), Date(2026, 6, 30), "2026 känns mer relevant", Recording));

        var followUp = Assert.Single(document.FollowUps);
        Assert.Equal((Date(2026, 6, 30), Date(2024, 12, 31), "2026 känns mer relevant"), (followUp.DueOn, followUp.OriginalDueOn, followUp.RescheduleReason));
    }

    [Fact]
    public void A_follow_up_outlives_the_documents_end_as_a_deadline_and_can_be_moved()
    {
        IDocumentEvent[] history = [.. InForce(), FollowUpPlanned(), .. Superseded()[2..]];
        var document = Scenario.Given(history).Document;

        Assert.Equal([new Deadline(WarningKind.FollowUp, "uppfoljning-1", Date(2022, 6, 30), "Uppföljning")], Deadlines.Of(document));
        Scenario.Given(history).When(new RescheduleFollowUp("uppfoljning-1", Date(2023, 6, 30), "Efter ersättningen"))
            .Then(new FollowUpRescheduled(DocumentId, "uppfoljning-1", Date(2022, 6, 30), Date(2023, 6, 30), "Efter ersättningen", Recording));
    }

    [Fact]
    public void An_ended_document_has_no_other_deadline() =>
        Assert.Empty(Deadlines.Of(Scenario.Given(Superseded()).Document));

    /// <summary>Today, and the next reminder of a follow-up due 2024-03-31.</summary>
    public static TheoryData<LocalDate, LocalDate> Reminders => new()
    {
        { Date(2024, 3, 20), Date(2024, 4, 1) },
        { Date(2024, 4, 1), Date(2024, 4, 1) },
        { Date(2024, 4, 2), Date(2024, 5, 1) },
        { Date(2024, 5, 1), Date(2024, 5, 1) },
        { Date(2024, 5, 2), Date(2024, 5, 31) },
    };

    [Theory, MemberData(nameof(Reminders))]
    public void An_overdue_follow_up_is_reminded_the_day_after_and_then_every_30_days(LocalDate today, LocalDate next) =>
        Assert.Equal(next, OverdueWarnings.NextReminder(Date(2024, 3, 31), today, 30));

    [Theory, MemberData(nameof(Refusals))]
    public void Refused(Refusal refusal) => refusal.Check();

    private const string IntervalRange = "Intervallet ska vara mellan 1 och 120 månader.";

    public static Refusals Refusals => new Refusals
    {
        { "An end without an interval is refused", InForce(), new ScheduleFollowUp(FollowUpKind.Uppfoljning, Date(2024, 3, 31), RepeatUntil: Date(2026, 1, 1)),
            "repeatUntil", "Ett slutdatum för upprepningen kräver ett intervall." },
        { "An interval out of range is refused (0)", InForce(), new ScheduleFollowUp(FollowUpKind.Uppfoljning, Date(2024, 3, 31), IntervalMonths: 0), "intervalMonths", IntervalRange },
        { "An interval out of range is refused (121)", InForce(), new ScheduleFollowUp(FollowUpKind.Uppfoljning, Date(2024, 3, 31), IntervalMonths: 121), "intervalMonths", IntervalRange },
        { "An end before the first occurrence is refused", InForce(),
            new ScheduleFollowUp(FollowUpKind.Uppfoljning, Date(2024, 3, 31), IntervalMonths: 12, RepeatUntil: Date(2024, 1, 1)),
            "repeatUntil", "Upprepningen kan inte sluta före den första uppföljningen." },
        { "Moving a follow up needs a reason", [.. InForce(), FollowUpPlanned()], new RescheduleFollowUp("uppfoljning-1", Date(2026, 6, 30), " "), "reason", "Skäl måste anges." },
        { "Moving to the same date is refused", [.. InForce(), FollowUpPlanned()], new RescheduleFollowUp("uppfoljning-1", Date(2022, 6, 30), "Samma"),
            "newDueOn", "Det nya datumet är samma som det planerade." },
        { "A done follow up is not moved",
            [.. InForce(), FollowUpPlanned(), FollowUpPlanned("halvtid"), new FollowUpCompleted(DocumentId, "halvtid", Date(2022, 6, 1), null, Recording)],
            new RescheduleFollowUp("halvtid", Date(2026, 6, 30), "Skäl"), "followUpKey", "Uppföljningen \"halvtid\" är redan genomförd." },
        { "An unknown follow up is not moved", [.. InForce(), FollowUpPlanned()], new RescheduleFollowUp("okänd", Date(2026, 6, 30), "Skäl"),
            "followUpKey", "Uppföljningen \"okänd\" finns inte." },
    };
}
