using JasperFx.Events;
using Registry.Validity;
using Registry.Relations;

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
    public List<PartyStatusRow> PartyStatus { get; } = [];
    public List<RelationRow> Relations { get; } = [];
    public List<FollowUpRow> FollowUps { get; } = [];

    /// <summary>The tables that hold a document's current state: replaced on every write.</summary>
    public IEnumerable<(ReadModelTable Table, IReadOnlyCollection<object> Rows)> StateTables() =>
    [
        (ReadModelTables.Documents, Documents),
        (ReadModelTables.ValidityPeriods, ValidityPeriods),
        (ReadModelTables.Consultations, Consultations),
        (ReadModelTables.ConsultationResponses, ConsultationResponses),
        (ReadModelTables.PartyStatus, PartyStatus),
        (ReadModelTables.Relations, Relations),
        (ReadModelTables.FollowUps, FollowUps),
    ];

    /// <summary>The tables with a row per event: appended to.</summary>
    public IEnumerable<(ReadModelTable Table, IReadOnlyCollection<object> Rows)> HistoryTables() =>
    [
        (ReadModelTables.LifecycleEvents, LifecycleEvents),
        (ReadModelTables.Decisions, Decisions),
    ];

    public void AddState(Styrdokument document)
    {
        Documents.Add(DocumentOf(document));
        PartyStatus.AddRange(PartyStatusRows.Of(document));
        ValidityPeriods.AddRange(document.ValidityPeriods.Select((p, i) => new ValidityPeriodRow
        {
            DocumentId = document.Id,
            Number = i + 1,
            DocumentTitle = document.Title,
            TextVersion = p.TextVersion,
            ValidFrom = p.From.ToDate(),
            ValidFromPrecision = p.FromPrecision.ToString(),
            ValidTo = p.To.ToDate(),
            ValidToPrecision = p.ToPrecision.ToString(),
            Basis = p.Basis.ToString(),
            BasisLabel = p.Basis.Label(),
            WithEditorialChanges = p.WithEditorialChanges,
            DecisionBody = p.Decision?.Body,
            DecisionDate = p.Decision?.MeetingDate.ToDate(),
            DecisionAgendaItem = p.Decision?.AgendaItem,
            Retroactive = p.Retroactive,
            UncoveredFrom = p.UncoveredFrom.ToDate(),
            UncoveredTo = p.UncoveredTo.ToDate(),
            EndCondition = p.To is null && document.CurrentEndCondition() is { } c && c.TextVersion == p.TextVersion ? c.Condition : null,
        }));
        Relations.AddRange(document.AllRelations().Select(r => new RelationRow
        {
            FromId = document.Id,
            ToId = r.ToId,
            Kind = r.Kind.ToString(),
            KindLabel = r.Kind.Label(),
            InverseLabel = r.Kind.InverseLabel(),
            Source = Source.Show(r.Source),
            Note = r.Note,
        }));
        FollowUps.AddRange(document.FollowUps.Select(f => new FollowUpRow
        {
            DocumentId = document.Id,
            Key = f.Key,
            DocumentTitle = document.Title,
            DocumentStatus = document.Status.ToString(),
            Kind = f.Kind.ToString(),
            KindLabel = f.Kind.Label(),
            Description = f.Description,
            DueOn = f.DueOn.ToDate(),
            Done = f.CompletedOn is not null,
            CompletedOn = f.CompletedOn.ToDate(),
            IntervalMonths = f.Recurrence?.IntervalMonths,
            RepeatUntil = f.Recurrence?.RepeatUntil.ToDate(),
            SeriesKey = f.Recurrence?.SeriesKey,
            OriginalDueOn = f.OriginalDueOn.ToDate(),
            RescheduleReason = f.RescheduleReason,
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
                Conferences = string.Join("; ", (consultation.Conferences ?? [])
                    .Select(c => $"{EventDescription.Date(c.HeldOn, c.HeldOnPrecision)} {c.Description}")),
                PackageId = consultation.Package?.Id,
                PackageName = consultation.Package?.Name,
                PackageSize = consultation.Package?.Documents.Count,
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
    }

    public void AddEvent(Styrdokument document, IEvent @event)
    {
        if (@event.Data is not IDocumentEvent data) return;
        var description = data.Describe();
        LifecycleEvents.Add(new LifecycleEventRow
        {
            Id = @event.Id,
            DocumentId = document.Id,
            Sequence = @event.Version,
            Type = @event.EventTypeName,
            BusinessDate = description.BusinessDate.ToDate(),
            BusinessDatePrecision = description.BusinessDatePrecision.ToString(),
            RecordedAt = data.Recorded.At.ToDateTimeOffset(),
            RecordedBy = data.Recorded.By,
            Label = description.Label,
            Summary = description.OneLine,
            Source = Source.Show(description.Source),
            SourceMeetingId = description.Source?.MeetingId,
            Note = description.Note,
        });
        if (description.Decision is { } fact) Decisions.Add(DecisionOf(@event.Id, document, fact, data.Recorded, description));
    }

    private static DocumentRow DocumentOf(Styrdokument d) => new()
    {
        Id = d.Id,
        Title = d.Title,
        Kind = d.Kind,
        KindLabel = DocumentKinds.Label(d.Kind),
        Status = d.Status.ToString(),
        StatusLabel = d.Status.Label(),
        Version = d.Version,
        TextVersion = d.TextVersion,
        OwnerBodies = string.Join(", ", d.OwnerBodies),
        ResponsibleContacts = string.Join("; ", d.ResponsibleContacts),
        ParentId = d.ParentId,
        ValidFrom = d.ValidFrom.ToDate(),
        ValidFromPrecision = d.ValidFromPrecision.ToString(),
        ValidTo = d.ValidTo.ToDate(),
        ValidToPrecision = d.ValidToPrecision.ToString(),
        OriginalValidTo = d.OriginalValidTo.ToDate(),
        ResumesOn = Registry.Validity.Lapse.ResumesOn(d).ToDate(),
        UntilFurtherNotice = d.UntilFurtherNotice(),
        EndCondition = d.CurrentEndCondition()?.Condition,
        ReviewOn = d.CurrentEndCondition()?.ReviewOn.ToDate(),
        ExtensionCount = d.ExtensionCount,
        NoticePeriodMonths = d.NoticePeriodMonths,
        NoticeDeadline = d.NoticeDeadline.ToDate(),
        RenewalPeriodMonths = d.CurrentRenewal()?.PeriodMonths,
        RenewalFirstPeriodEnd = d.CurrentRenewal()?.FirstPeriodEndsOn.ToDate(),
        NextFollowUp = d.NextFollowUp.ToDate(),
        OpenRemissDeadline = d.OpenConsultation?.ResponseDeadline.ToDate(),
        AdoptionCount = d.AdoptionCount,
        RequiredAdoptions = d.RequiredAdoptions,
        AdoptionRequirement = d.EffectiveAdoptionRequirement.ToString(),
        AdoptionRequirementLabel = d.EffectiveAdoptionRequirement.Label(),
        ProposedValidTo = d.ProposedExtension?.NewValidTo.ToDate(),
        ExtensionDecisionsMissing = d.ProposedExtension is { } proposal ? PartyStatusRows.Missing(proposal) : null,
        LastDecisionBody = d.LastDecision?.Body,
        LastDecisionDate = d.LastDecision?.MeetingDate.ToDate(),
        LastDecisionAgendaItem = d.LastDecision?.AgendaItem,
        SupersededBy = d.SupersededBy,
        Link = d.OfficialTextUrl,
        LastChangedAt = d.LastChangedAt.ToDateTimeOffset(),
        LastChangedBy = d.LastChangedBy,
    };

    private static DecisionRow DecisionOf(Guid eventId, Styrdokument document, DecisionFact fact, Recorded recorded,
        EventDescription description) => new()
        {
            Id = eventId,
            DocumentId = document.Id,
            DocumentTitle = document.Title,
            Kind = fact.Kind,
            KindLabel = DecisionKinds.Label(fact.Kind),
            Body = fact.Decision.Body,
            MeetingDate = fact.Decision.MeetingDate.ToDate(),
            MeetingDatePrecision = (fact.Decision.MeetingDatePrecision ?? DatePrecision.Day).ToString(),
            AgendaItem = fact.Decision.AgendaItem,
            Outcome = fact.Outcome,
            Source = Source.Show(description.Source),
            SourceMeetingId = description.Source?.MeetingId,
            Note = description.Note,
            Party = fact.Party,
            TextVersion = fact.TextVersion,
            RecordedAt = recorded.At.ToDateTimeOffset(),
        };
}

internal static class RowValues
{
    public static DateOnly ToDate(this NodaTime.LocalDate date) => date.ToDateOnly();

    public static DateOnly? ToDate(this NodaTime.LocalDate? date) => date?.ToDateOnly();
}
