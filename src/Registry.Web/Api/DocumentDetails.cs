using Registry.Adoption;
using Registry.Contacts;
using Registry.Endorsement;
using Registry.Provenance;
using Registry.Remiss;

namespace Registry.Web.Api;

/// <summary>A styrdokument as the API shows it: its current state, with the figures derived from it.</summary>
public sealed record DocumentDetails
{
    public required Guid Id { get; init; }
    public required long Version { get; init; }
    public required string Title { get; init; }
    public required string Kind { get; init; }
    public required IReadOnlyList<string> OwnerBodies { get; init; }
    public Guid? ParentId { get; init; }
    public string? OfficialTextUrl { get; init; }
    /// <summary>The status in effect today: "lapsed" from the day after the end date, without any step (ADR 0027).</summary>
    public required DocumentStatus Status { get; init; }

    /// <summary>The status as the recorded steps left it; differs from <see cref="Status"/> once the end date has passed.</summary>
    public required DocumentStatus RecordedStatus { get; init; }
    public required int TextVersion { get; init; }
    public LocalDate? ValidFrom { get; init; }
    public LocalDate? ValidTo { get; init; }
    public DatePrecision ValidFromPrecision { get; init; }
    public DatePrecision ValidToPrecision { get; init; }
    public LocalDate? OriginalValidTo { get; init; }

    /// <summary>In force with no end date: "tills vidare".</summary>
    public bool UntilFurtherNotice { get; init; }

    /// <summary>The end in words and its review date, for a document in force until further notice (ADR 0027).</summary>
    public Registry.Validity.EndCondition? EndCondition { get; init; }
    public int? NoticePeriodMonths { get; init; }

    /// <summary>The last day to give notice; for an agreement that renews itself, the next one as of today (ADR 0034).</summary>
    public LocalDate? NoticeDeadline { get; init; }

    /// <summary>"Förlängs automatiskt med 2 år i sänder": the period in force today and the next notice deadline, computed from today (ADR 0034).</summary>
    public Registry.Validity.RenewalAsOf? AutomaticRenewal { get; init; }
    public required IReadOnlyList<ValidityPeriod> ValidityPeriods { get; init; }
    public required int ExtensionCount { get; init; }
    public PendingRevision? PendingRevision { get; init; }
    public required IReadOnlyList<Consultation> Consultations { get; init; }
    public Consultation? OpenConsultation { get; init; }
    public required int AdoptionTargetVersion { get; init; }
    public required IReadOnlyList<EndorsementRecord> Endorsements { get; init; }
    public required bool RequiresAllParties { get; init; }
    public AdoptionRequirement AdoptionRequirement { get; init; }
    public required IReadOnlyList<AdoptionRecord> Adoptions { get; init; }
    public required int AdoptionCount { get; init; }
    public required int RequiredAdoptions { get; init; }

    /// <summary>The huvudmän of a namedParties requirement.</summary>
    public required IReadOnlyList<string> NamedParties { get; init; }

    /// <summary>The required huvudmän that have not decided on the text version the decisions are about.</summary>
    public required IReadOnlyList<string> MissingAdoptions { get; init; }
    public NoticeScope NoticeScope { get; init; }

    /// <summary>Each huvudman the document concerns: recommendation, decision, in-force period, notice.</summary>
    public required IReadOnlyList<PartyAdoptionStatus> Parties { get; init; }

    /// <summary>"Förlängning föreslagen": backed by SRO or VVG, waiting for the decisions listed as missing.</summary>
    public ProposedExtensionDetails? ProposedExtension { get; init; }
    public Notice? Notice { get; init; }
    public required IReadOnlyList<FollowUpItem> FollowUps { get; init; }
    public required IReadOnlyList<ResponsibleContact> ResponsibleContacts { get; init; }
    public LocalDate? NextFollowUp { get; init; }
    public Guid? SupersededBy { get; init; }

    /// <summary>Every relation the document holds, the parent and successor included.</summary>
    public IReadOnlyList<Registry.Relations.DocumentRelation> Relations { get; init; } = [];
    public DecisionReference? LastDecision { get; init; }
    public required Instant LastChangedAt { get; init; }
    public required string LastChangedBy { get; init; }

    public static DocumentDetails Of(Styrdokument d, LocalDate today) => new()
    {
        Id = d.Id,
        Version = d.Version,
        Title = d.Title,
        Kind = d.Kind,
        OwnerBodies = d.OwnerBodies,
        ParentId = d.ParentId,
        OfficialTextUrl = d.OfficialTextUrl,
        Status = Registry.Validity.Lapse.EffectiveStatus(d, today),
        RecordedStatus = d.Status,
        TextVersion = d.TextVersion,
        ValidFrom = d.ValidFrom,
        ValidTo = d.ValidTo,
        ValidFromPrecision = d.ValidFromPrecision,
        ValidToPrecision = d.ValidToPrecision,
        OriginalValidTo = d.OriginalValidTo,
        UntilFurtherNotice = Registry.Validity.EndConditions.UntilFurtherNotice(d),
        EndCondition = Registry.Validity.EndConditions.CurrentEndCondition(d),
        NoticePeriodMonths = d.NoticePeriodMonths,
        NoticeDeadline = Registry.Validity.RenewalAsOf.Of(d, today)?.NextNoticeDeadline ?? d.NoticeDeadline,
        AutomaticRenewal = Registry.Validity.RenewalAsOf.Of(d, today),
        ValidityPeriods = d.ValidityPeriods,
        ExtensionCount = d.ExtensionCount,
        PendingRevision = d.PendingRevision,
        Consultations = d.Consultations,
        OpenConsultation = d.OpenConsultation,
        AdoptionTargetVersion = d.AdoptionTargetVersion,
        Endorsements = d.Endorsements,
        RequiresAllParties = d.RequiresAllParties,
        AdoptionRequirement = d.EffectiveAdoptionRequirement,
        Adoptions = d.Adoptions,
        AdoptionCount = d.AdoptionCount,
        RequiredAdoptions = d.RequiredAdoptions,
        NamedParties = d.NamedParties,
        MissingAdoptions = d.MissingAdoptions,
        NoticeScope = d.NoticeScope,
        Parties = PartyAdoptionStatuses.Of(d, today),
        ProposedExtension = d.ProposedExtension is { } proposal ? ProposedExtensionDetails.Of(proposal) : null,
        Notice = d.Notice,
        FollowUps = d.FollowUps,
        ResponsibleContacts = d.ResponsibleContacts,
        NextFollowUp = d.NextFollowUp,
        SupersededBy = d.SupersededBy,
        Relations = Registry.Relations.RelationKinds.AllRelations(d).ToList(),
        LastDecision = d.LastDecision,
        LastChangedAt = d.LastChangedAt,
        LastChangedBy = d.LastChangedBy,
    };
}

public sealed record ProposedExtensionDetails(string Label, LocalDate NewValidTo, DatePrecision NewValidToPrecision,
    DecisionReference Proposal, bool WithEditorialChanges, IReadOnlyList<string> RequiredParties,
    IReadOnlyList<Registry.Validity.ExtensionDecision> Decisions, IReadOnlyList<string> Missing)
{
    public static ProposedExtensionDetails Of(Registry.Validity.ProposedExtension p) => new("Förlängning föreslagen", p.NewValidTo,
        p.NewValidToPrecision, p.Proposal, p.WithEditorialChanges, p.RequiredParties, p.Decisions, p.MissingParties.ToList());
}

/// <summary>One recorded event: its data as stored, with what it means in Swedish, its source ("källa saknas" when none) and note.</summary>
public sealed record HistoryEntry(long Sequence, string Type, Instant RecordedAt, string RecordedBy, string Label,
    string Summary, object Data, string Source, string? Note, LocalDate? BusinessDate, DatePrecision BusinessDatePrecision)
{
    /// <summary>One recorded event as the history shows it, in the event's own description.</summary>
    public static HistoryEntry Of(long sequence, string type, IDocumentEvent data)
    {
        var description = data.Describe();
        return new HistoryEntry(sequence, type, data.Recorded.At, data.Recorded.By, description.Label, description.Summary, data,
            Registry.Provenance.Source.Show(description.Source), description.Note, description.BusinessDate, description.BusinessDatePrecision);
    }
}

public sealed record DocumentWithHistory(DocumentDetails Document, string StatusLabel, IReadOnlyList<HistoryEntry> History)
{
    public static DocumentWithHistory Of(Styrdokument document, LocalDate today, IReadOnlyList<HistoryEntry> history)
    {
        var details = DocumentDetails.Of(document, today);
        return new DocumentWithHistory(details, details.Status.Label(), history);
    }
}

public sealed record DocumentSummary(Guid Id, string Title, string Kind, DocumentStatus Status, string StatusLabel,
    long Version, LocalDate? ValidFrom, LocalDate? ValidTo);
