using NodaTime;
using Registry.Adoption;
using Registry.Documents;
using Registry.Drafting;
using Registry.Endorsement;
using Registry.FollowUp;
using Registry.Remiss;
using Registry.Revision;
using Registry.Termination;
using Registry.Validity;

namespace Registry.ReadModels;

/// <summary>The business date and a one-line Swedish summary of each lifecycle event, for the flattened history.</summary>
public static class LifecycleEventDescription
{
    public static (LocalDate? BusinessDate, string Summary) Describe(object @event) => @event switch
    {
        DocumentDrafted e => (e.DraftedOn, $"Utkast upprättat: {e.Title}"),
        DraftWithdrawn e => (e.WithdrawnOn, Join("Återkallat", e.Reason)),
        RemissSent e => (e.SentOn, $"Remiss {e.Number} skickad till {e.Recipients.Count} mottagare, svar senast {e.ResponseDeadline:yyyy-MM-dd}"),
        RemissDeadlineChanged e => (null, Join($"Remiss {e.Number}: svarsdag ändrad från {e.PreviousDeadline:yyyy-MM-dd} till {e.NewDeadline:yyyy-MM-dd}", e.Reason)),
        RemissResponseRecorded e => (e.RespondedOn, $"Remissvar från {e.Recipient} ({Stance(e.Stance)})"),
        RemissClosed e => (e.ClosedOn, $"Remiss {e.Number} stängd"),
        DocumentEndorsed e => (e.Decision.MeetingDate, $"Ställningstagande {e.Decision}: {Outcome(e.Outcome)}"),
        DocumentAdopted e => (e.DecidedOn, $"Antaget av {e.Party} (version {e.TextVersion})"),
        DocumentEnteredIntoForce e => (e.ValidFrom, $"Gäller från {e.ValidFrom:yyyy-MM-dd}" + (e.ValidTo is { } to ? $" till {to:yyyy-MM-dd}" : " tills vidare") + (e.ReplacesPreviousVersion ? $" (reviderad version {e.TextVersion})" : "")),
        DocumentExtended e => (e.Decision.MeetingDate, $"Förlängt till {e.NewValidTo:yyyy-MM-dd} ({e.Decision})" + (e.WithEditorialChanges ? " med redaktionella ändringar" : "")),
        DocumentExpired e => (e.EndedOn, $"Upphört {e.EndedOn:yyyy-MM-dd}"),
        RevisionDrafted e => (e.DraftedOn, $"Revidering påbörjad (version {e.TextVersion}): {e.Summary}"),
        NoticePeriodChanged e => (e.Decision.MeetingDate, $"Uppsägningstid ändrad till {e.NoticePeriodMonths} månader ({e.Decision})"),
        NoticeGiven e => (e.GivenOn, $"Uppsagt av {e.Party}, upphör {e.EndsOn:yyyy-MM-dd}"),
        DocumentSuperseded e => (e.SupersededOn, $"Ersatt av {e.SupersededById}"),
        FollowUpScheduled e => (e.DueOn, Join($"{FollowUpLabel(e.Kind)} planerad till {e.DueOn:yyyy-MM-dd}", e.Description)),
        FollowUpCompleted e => (e.CompletedOn, Join($"Uppföljning {e.FollowUpKey} genomförd", e.Note)),
        _ => (null, @event.GetType().Name),
    };

    public static string Outcome(EndorsementOutcome outcome) => outcome switch
    {
        EndorsementOutcome.Endorsed => "ställer sig bakom",
        EndorsementOutcome.RecommendedToPrincipals => "rekommenderar huvudmännen att anta",
        EndorsementOutcome.Noted => "noterar informationen",
        EndorsementOutcome.Rejected => "avslår",
        _ => outcome.ToString(),
    };

    public static string Stance(ResponseStance stance) => stance switch
    {
        ResponseStance.Approve => "tillstyrker",
        ResponseStance.ApproveWithComments => "tillstyrker med synpunkter",
        ResponseStance.Reject => "avstyrker",
        ResponseStance.Abstain => "avstår",
        _ => stance.ToString(),
    };

    private static string FollowUpLabel(FollowUpKind kind) => kind switch
    {
        FollowUpKind.Utvardering => "Utvärdering",
        FollowUpKind.Avstamning => "Avstämning",
        _ => "Uppföljning",
    };

    private static string Join(string text, string? detail) =>
        string.IsNullOrWhiteSpace(detail) ? text : $"{text}: {detail}";
}
