namespace Registry.ReadModels;

// Flat rows of the relational read model (schema "registry", tables "odata_*"), written by
// ReadModelProjection and read by the OData feed. One class = one table; property = column (snake_case).

/// <summary>The current state of one styrdokument.</summary>
public class DocumentRow
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string Kind { get; set; } = "";
    public string KindLabel { get; set; } = "";
    public string Status { get; set; } = "";
    public string StatusLabel { get; set; } = "";
    public long Version { get; set; }
    public int TextVersion { get; set; }
    public string OwnerBodies { get; set; } = "";
    public string ResponsibleContacts { get; set; } = "";
    public Guid? ParentId { get; set; }
    public DateOnly? ValidFrom { get; set; }

    /// <summary>Day, Month, Year, Approximate or Unknown (then ValidFrom is null): how much of the date the sources give.</summary>
    public string ValidFromPrecision { get; set; } = "";
    public DateOnly? ValidTo { get; set; }
    public string ValidToPrecision { get; set; } = "";
    public DateOnly? OriginalValidTo { get; set; }

    /// <summary>After a late extension that left a gap: the day the document is in force again (ADR 0027).</summary>
    public DateOnly? ResumesOn { get; set; }

    /// <summary>In force with no end date ("tills vidare"), with or without an end condition in words.</summary>
    public bool UntilFurtherNotice { get; set; }

    /// <summary>The end in words ("tills dess en ny struktur finns på plats") and when it is to be reviewed (ADR 0027).</summary>
    public string? EndCondition { get; set; }
    public DateOnly? ReviewOn { get; set; }
    public int ExtensionCount { get; set; }
    public int? NoticePeriodMonths { get; set; }

    /// <summary>The last day to give notice; for an agreement that renews itself, the next one as of today (computed in the query, ADR 0034).</summary>
    public DateOnly? NoticeDeadline { get; set; }

    /// <summary>"Förlängs med två år i sänder": the length of a renewal period in months; null when the agreement does not renew itself (ADR 0034).</summary>
    public int? RenewalPeriodMonths { get; set; }

    /// <summary>The end of the first period, from which the renewal periods are counted.</summary>
    public DateOnly? RenewalFirstPeriodEnd { get; set; }

    /// <summary>The renewal period in force today, first and last day: computed in the query from today, null in the table.</summary>
    public DateOnly? CurrentPeriodFrom { get; set; }

    public DateOnly? CurrentPeriodTo { get; set; }
    public DateOnly? NextFollowUp { get; set; }
    public DateOnly? OpenRemissDeadline { get; set; }
    public int AdoptionCount { get; set; }
    public int RequiredAdoptions { get; set; }
    public string AdoptionRequirement { get; set; } = "";
    public string AdoptionRequirementLabel { get; set; } = "";

    /// <summary>"Förlängning föreslagen": the end date SRO or VVG backed, waiting for the decisions in ExtensionDecisionsMissing.</summary>
    public DateOnly? ProposedValidTo { get; set; }
    public string? ExtensionDecisionsMissing { get; set; }
    public string? LastDecisionBody { get; set; }
    public DateOnly? LastDecisionDate { get; set; }
    public string? LastDecisionAgendaItem { get; set; }
    public Guid? SupersededBy { get; set; }
    public string? Link { get; set; }
    public DateTimeOffset LastChangedAt { get; set; }
    public string LastChangedBy { get; set; } = "";
}

/// <summary>One period in which a text version is in force: the original, each extension, each revision.</summary>
public class ValidityPeriodRow
{
    public Guid DocumentId { get; set; }
    public int Number { get; set; }
    public string DocumentTitle { get; set; } = "";
    public int TextVersion { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public string ValidFromPrecision { get; set; } = "";
    public DateOnly? ValidTo { get; set; }
    public string ValidToPrecision { get; set; } = "";
    public string Basis { get; set; } = "";
    public string BasisLabel { get; set; } = "";
    public bool WithEditorialChanges { get; set; }
    public string? DecisionBody { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public string? DecisionAgendaItem { get; set; }

    /// <summary>An extension decided after the old end date, applying from the day after it (ADR 0027).</summary>
    public bool Retroactive { get; set; }

    /// <summary>The gap before this period that no decision covers (a late extension applying from a later day).</summary>
    public DateOnly? UncoveredFrom { get; set; }
    public DateOnly? UncoveredTo { get; set; }

    /// <summary>An open-ended period's end in words, when a source gives one.</summary>
    public string? EndCondition { get; set; }
}

/// <summary>One recorded event of a document's history.</summary>
public class LifecycleEventRow
{
    public Guid Id { get; set; }
    public Guid DocumentId { get; set; }
    public long Sequence { get; set; }
    public string Type { get; set; } = "";
    public DateOnly? BusinessDate { get; set; }
    public string BusinessDatePrecision { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
    public string Label { get; set; } = "";
    public string Summary { get; set; } = "";

    /// <summary>Where the fact comes from ("SRO 2018-02-22 punkt 2", a letter…), or "källa saknas".</summary>
    public string Source { get; set; } = "";
    public Guid? SourceMeetingId { get; set; }
    public string? Note { get; set; }
}

/// <summary>A decision about a document: ställningstagande, adoption by a party, entry into force, extension…</summary>
public class DecisionRow
{
    public Guid Id { get; set; }
    public Guid DocumentId { get; set; }
    public string DocumentTitle { get; set; } = "";
    public string Kind { get; set; } = "";
    public string KindLabel { get; set; } = "";
    public string Body { get; set; } = "";
    public DateOnly MeetingDate { get; set; }
    public string MeetingDatePrecision { get; set; } = "";
    public string? AgendaItem { get; set; }
    public string Outcome { get; set; } = "";
    public string Source { get; set; } = "";
    public Guid? SourceMeetingId { get; set; }
    public string? Note { get; set; }
    public string? Party { get; set; }
    public int? TextVersion { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>A remiss round.</summary>
public class ConsultationRow
{
    public Guid DocumentId { get; set; }
    public int Number { get; set; }
    public string DocumentTitle { get; set; } = "";
    public int TextVersion { get; set; }
    public string? Subject { get; set; }
    public DateOnly SentOn { get; set; }
    public DateOnly ResponseDeadline { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public int RecipientCount { get; set; }
    public int ResponseCount { get; set; }
    public string MissingResponders { get; set; } = "";

    /// <summary>Remiss conferences held, "2021-10-12 Remisskonferens Fyrbodal; …" (ADR 0029).</summary>
    public string Conferences { get; set; } = "";

    /// <summary>The remiss package the round belongs to, when it was sent over several documents at once (ADR 0035).</summary>
    public Guid? PackageId { get; set; }

    public string? PackageName { get; set; }

    /// <summary>The number of documents in the package (null without a package).</summary>
    public int? PackageSize { get; set; }
}

/// <summary>One recipient of a remiss round, with its answer when one has come in.</summary>
public class ConsultationResponseRow
{
    public Guid DocumentId { get; set; }
    public int ConsultationNumber { get; set; }
    public string Recipient { get; set; } = "";
    public bool Responded { get; set; }
    public string? Stance { get; set; }
    public DateOnly? RespondedOn { get; set; }
    public DateOnly ResponseDeadline { get; set; }
}

/// <summary>A relation one document holds to another ("FromId är underavtal till ToId").</summary>
public class RelationRow
{
    public Guid FromId { get; set; }
    public Guid ToId { get; set; }

    /// <summary>SubAgreementOf, AppendixTo, BelongsTo, Replaces, ReplacedBy, ResultOf or RegulatedIn.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Read from FromId: "Underavtal till".</summary>
    public string KindLabel { get; set; } = "";

    /// <summary>Read from ToId: "Har underavtal".</summary>
    public string InverseLabel { get; set; } = "";
    public string Source { get; set; } = "";
    public string? Note { get; set; }
}

/// <summary>
/// A planned follow-up (uppföljning, utvärdering, avstämning), one row per occurrence of a recurring one. Whether it is
/// overdue depends on the day, so the feed computes it when queried (docs/adr/0029-relations-remiss-recipients-and-follow-ups.md).
/// </summary>
public class FollowUpRow
{
    public Guid DocumentId { get; set; }
    public string Key { get; set; } = "";
    public string DocumentTitle { get; set; } = "";
    public string DocumentStatus { get; set; } = "";

    /// <summary>Uppfoljning, Utvardering or Avstamning.</summary>
    public string Kind { get; set; } = "";
    public string KindLabel { get; set; } = "";
    public string Description { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public bool Done { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public int? IntervalMonths { get; set; }
    public DateOnly? RepeatUntil { get; set; }
    public string? SeriesKey { get; set; }
    public DateOnly? OriginalDueOn { get; set; }
    public string? RescheduleReason { get; set; }
}

/// <summary>A recorded meeting (sammanträde) of SRO, VVG or another body.</summary>
public class MeetingRow
{
    public Guid Id { get; set; }
    public string Body { get; set; } = "";
    public DateOnly Date { get; set; }
    public string DatePrecision { get; set; } = "";
    public string RecordKind { get; set; } = "";
    public string RecordKindLabel { get; set; } = "";
    public string? Link { get; set; }
    public int AgendaItemCount { get; set; }
    public int PositionCount { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
}

/// <summary>A numbered point of a meeting ("punkt 6").</summary>
public class AgendaItemRow
{
    public Guid MeetingId { get; set; }
    public string Number { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Presenter { get; set; }
    public string Body { get; set; } = "";
    public DateOnly MeetingDate { get; set; }
    public int PositionCount { get; set; }
}

/// <summary>A position taken under a point, about one document (or none), in the minutes' words.</summary>
public class PositionRow
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public string AgendaItemNumber { get; set; } = "";
    public Guid? DocumentId { get; set; }
    public string Outcome { get; set; } = "";
    public string OutcomeLabel { get; set; } = "";
    public string? Wording { get; set; }
    public string Body { get; set; } = "";
    public DateOnly MeetingDate { get; set; }
}

/// <summary>One huvudman on one document: recommendation, its decision, when the document binds it, notice, extension decision.</summary>
public class PartyStatusRow
{
    public Guid DocumentId { get; set; }
    public string Party { get; set; } = "";
    public string DocumentTitle { get; set; } = "";

    /// <summary>Whether the document's requirement names this party (others appear when they decided or gave notice).</summary>
    public bool Required { get; set; }

    /// <summary>NotDecided, Adopted, InForce or NoticeGiven, with its Swedish label.</summary>
    public string State { get; set; } = "";
    public string StateLabel { get; set; } = "";
    public string? RecommendedBy { get; set; }
    public DateOnly? RecommendedOn { get; set; }
    public bool Adopted { get; set; }
    public DateOnly? AdoptedOn { get; set; }
    public int? AdoptedTextVersion { get; set; }
    public string? AdoptionDecision { get; set; }
    public bool InForce { get; set; }
    public DateOnly? InForceFrom { get; set; }
    public DateOnly? InForceTo { get; set; }
    public string? NoticeGivenBy { get; set; }
    public DateOnly? NoticeGivenOn { get; set; }

    /// <summary>The last day the document binds this party after notice (its own, or a notice that ended the whole agreement).</summary>
    public DateOnly? NoticeEndsOn { get; set; }

    /// <summary>A proposed extension this party must decide on, and its decision once recorded.</summary>
    public DateOnly? ExtensionProposedTo { get; set; }
    public DateOnly? ExtensionDecidedOn { get; set; }
    public bool ExtensionDecisionMissing { get; set; }
}
