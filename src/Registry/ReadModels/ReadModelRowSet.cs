using JasperFx.Events;
using Registry.Adoption;
using Registry.Documents;
using Registry.Endorsement;
using Registry.Termination;
using Registry.Validity;

namespace Registry.ReadModels;

/// <summary>Every read-model row of one document, derived from its state and its full event history.</summary>
public sealed class ReadModelRowSet
{
    public List<DocumentRow> Documents { get; } = [];
    public List<ValidityPeriodRow> ValidityPeriods { get; } = [];
    public List<LifecycleEventRow> LifecycleEvents { get; } = [];
    public List<DecisionRow> Decisions { get; } = [];
    public List<ConsultationRow> Consultations { get; } = [];
    public List<ConsultationResponseRow> ConsultationResponses { get; } = [];

    public IEnumerable<(ReadModelTable Table, IReadOnlyCollection<object> Rows)> ByTable() =>
    [
        (ReadModelTables.Documents, Documents),
        (ReadModelTables.ValidityPeriods, ValidityPeriods),
        (ReadModelTables.LifecycleEvents, LifecycleEvents),
        (ReadModelTables.Decisions, Decisions),
        (ReadModelTables.Consultations, Consultations),
        (ReadModelTables.ConsultationResponses, ConsultationResponses),
    ];

    public void Add(Styrdokument document, IReadOnlyList<IEvent> history)
    {
        Documents.Add(DocumentOf(document));
        ValidityPeriods.AddRange(document.ValidityPeriods.Select((p, i) => new ValidityPeriodRow
        {
            DocumentId = document.Id,
            Number = i + 1,
            DocumentTitle = document.Title,
            TextVersion = p.TextVersion,
            ValidFrom = p.From.ToDate(),
            ValidTo = p.To.ToDate(),
            Basis = p.Basis.ToString(),
            WithEditorialChanges = p.WithEditorialChanges,
            DecisionBody = p.Decision?.Body,
            DecisionDate = p.Decision?.MeetingDate.ToDate(),
            DecisionAgendaItem = p.Decision?.AgendaItem,
        }));
        foreach (var consultation in document.Consultations)
        {
            Consultations.Add(new ConsultationRow
            {
                DocumentId = document.Id,
                Number = consultation.Number,
                DocumentTitle = document.Title,
                TextVersion = consultation.TextVersion,
                Subject = consultation.Subject,
                SentOn = consultation.SentOn.ToDate(),
                ResponseDeadline = consultation.ResponseDeadline.ToDate(),
                ClosedOn = consultation.ClosedOn.ToDate(),
                RecipientCount = consultation.Recipients.Count,
                ResponseCount = consultation.Responses.Count,
                MissingResponders = string.Join(", ", consultation.MissingResponders),
            });
            ConsultationResponses.AddRange(consultation.Recipients.Select(recipient =>
            {
                var response = consultation.Responses.FirstOrDefault(r => r.Recipient == recipient);
                return new ConsultationResponseRow
                {
                    DocumentId = document.Id,
                    ConsultationNumber = consultation.Number,
                    Recipient = recipient,
                    Responded = response is not null,
                    Stance = response?.Stance.ToString(),
                    RespondedOn = response?.RespondedOn.ToDate(),
                    ResponseDeadline = consultation.ResponseDeadline.ToDate(),
                };
            }));
        }
        foreach (var @event in history)
        {
            if (@event.Data is not IDocumentEvent data) continue;
            var (businessDate, summary) = LifecycleEventDescription.Describe(data);
            LifecycleEvents.Add(new LifecycleEventRow
            {
                Id = @event.Id,
                DocumentId = document.Id,
                Sequence = @event.Version,
                Type = @event.EventTypeName,
                BusinessDate = businessDate.ToDate(),
                RecordedAt = data.Recorded.At.ToTimestamp(),
                RecordedBy = data.Recorded.By,
                Summary = summary,
            });
            if (DecisionOf(@event.Id, document, data) is { } decision) Decisions.Add(decision);
        }
    }

    private static DocumentRow DocumentOf(Styrdokument d) => new()
    {
        Id = d.Id,
        Title = d.Title,
        Kind = d.Kind,
        Status = d.Status.ToString(),
        StatusLabel = d.Status.Label(),
        Version = d.Version,
        TextVersion = d.TextVersion,
        OwnerBodies = string.Join(", ", d.OwnerBodies),
        ParentId = d.ParentId,
        ValidFrom = d.ValidFrom.ToDate(),
        ValidTo = d.ValidTo.ToDate(),
        OriginalValidTo = d.OriginalValidTo.ToDate(),
        ExtensionCount = d.ExtensionCount,
        NoticePeriodMonths = d.NoticePeriodMonths,
        NoticeDeadline = d.NoticeDeadline.ToDate(),
        NextFollowUp = d.NextFollowUp.ToDate(),
        OpenRemissDeadline = d.OpenConsultation?.ResponseDeadline.ToDate(),
        AdoptionCount = d.AdoptionCount,
        RequiredAdoptions = d.RequiredAdoptions,
        LastDecisionBody = d.LastDecision?.Body,
        LastDecisionDate = d.LastDecision?.MeetingDate.ToDate(),
        LastDecisionAgendaItem = d.LastDecision?.AgendaItem,
        SupersededBy = d.SupersededBy,
        Link = d.OfficialTextUrl,
        LastChangedAt = d.LastChangedAt.ToTimestamp(),
        LastChangedBy = d.LastChangedBy,
    };

    private static DecisionRow? DecisionOf(Guid eventId, Styrdokument document, IDocumentEvent @event)
    {
        var (kind, decision, outcome, party, version) = @event switch
        {
            DocumentEndorsed e => ("Endorsement", e.Decision, LifecycleEventDescription.Outcome(e.Outcome), null, (int?)e.TextVersion),
            DocumentAdopted e => ("Adoption", e.Decision ?? new DecisionReference(e.Party, e.DecidedOn), "antar", e.Party, e.TextVersion),
            DocumentEnteredIntoForce e => ("EntryIntoForce", e.Decision, $"gäller från {e.ValidFrom:yyyy-MM-dd}", null, e.TextVersion),
            DocumentExtended e => ("Extension", e.Decision, $"förlängs till {e.NewValidTo:yyyy-MM-dd}", null, e.TextVersion),
            NoticePeriodChanged e => ("NoticePeriodChange", e.Decision, $"uppsägningstid {e.NoticePeriodMonths} månader", null, null),
            NoticeGiven e => ("Notice", e.Decision, $"uppsägning, upphör {e.EndsOn:yyyy-MM-dd}", e.Party, null),
            DocumentSuperseded e => ("Supersession", e.Decision, $"ersätts av {e.SupersededById}", null, null),
            _ => ("", (DecisionReference?)null, "", (string?)null, (int?)null),
        };
        if (decision is null) return null;
        return new DecisionRow
        {
            Id = eventId,
            DocumentId = document.Id,
            DocumentTitle = document.Title,
            Kind = kind,
            Body = decision.Body,
            MeetingDate = decision.MeetingDate.ToDate(),
            AgendaItem = decision.AgendaItem,
            Outcome = outcome,
            Party = party,
            TextVersion = version,
            RecordedAt = @event.Recorded.At.ToTimestamp(),
        };
    }
}
