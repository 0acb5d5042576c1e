namespace Registry.Documents;

/// <summary>
/// The current state of one styrdokument, folded from its event stream by <see cref="DocumentProjection"/>: each
/// event's own <see cref="IDocumentEvent.Apply"/> changes it. Marten keeps this snapshot inline, in the same
/// transaction as the events. Only the write side reads it; the API, UI and OData read their own records.
/// </summary>
public sealed class Styrdokument
{
    public Guid Id { get; set; }

    /// <summary>Stream version: the number of events recorded. Used for optimistic concurrency.</summary>
    public long Version { get; set; }

    public string Title { get; set; } = "";
    public string Kind { get; set; } = "";
    public List<string> OwnerBodies { get; set; } = [];
    public Guid? ParentId { get; set; }
    public string? OfficialTextUrl { get; set; }
    public DocumentStatus Status { get; set; }

    /// <summary>The version of the text currently in force (or being drafted, before entry into force).</summary>
    public int TextVersion { get; set; } = 1;

    public LocalDate? ValidFrom { get; set; }
    public LocalDate? ValidTo { get; set; }

    /// <summary>How much of <see cref="ValidFrom"/> and <see cref="ValidTo"/> the sources state.</summary>
    public DatePrecision ValidFromPrecision { get; set; }

    public DatePrecision ValidToPrecision { get; set; }

    /// <summary>The end date the current text version had when it entered into force, before any extension.</summary>
    public LocalDate? OriginalValidTo { get; set; }

    public int? NoticePeriodMonths { get; set; }
    public List<ValidityPeriod> ValidityPeriods { get; set; } = [];
    public int ExtensionCount { get; set; }
    public PendingRevision? PendingRevision { get; set; }
    public List<Registry.Remiss.Consultation> Consultations { get; set; } = [];
    public List<Registry.Endorsement.EndorsementRecord> Endorsements { get; set; } = [];
    public bool RequiresAllParties { get; set; }
    public AdoptionRequirement AdoptionRequirement { get; set; }

    /// <summary>The requirement in force; a snapshot written before requirements existed has only the flag.</summary>
    public AdoptionRequirement EffectiveAdoptionRequirement =>
        AdoptionRequirement == AdoptionRequirement.None && RequiresAllParties ? AdoptionRequirement.AllParties : AdoptionRequirement;
    public List<Registry.Adoption.AdoptionRecord> Adoptions { get; set; } = [];

    /// <summary>The huvudmän of a <see cref="AdoptionRequirement.NamedParties"/> requirement.</summary>
    public List<string> NamedParties { get; set; } = [];

    /// <summary>Whether one party's notice ends the whole agreement (as before this was recorded) or only its own part.</summary>
    public Registry.Adoption.NoticeScope NoticeScope { get; set; }

    public List<Registry.Termination.PartyNotice> PartyNotices { get; set; } = [];

    /// <summary>An extension SRO or VVG backs and hands to the huvudmän: the end date moves once they have decided.</summary>
    public Registry.Validity.ProposedExtension? ProposedExtension { get; set; }

    /// <summary>The huvudmän whose decisions the requirement needs; empty when none is stated.</summary>
    public IReadOnlyList<string> RequiredParties => EffectiveAdoptionRequirement.PartiesRequired(NamedParties);
    public Notice? Notice { get; set; }
    public List<FollowUpItem> FollowUps { get; set; } = [];
    public List<Registry.Contacts.ResponsibleContact> ResponsibleContacts { get; set; } = [];

    /// <summary>An end in words with a review date (ADR 0027); see <see cref="Registry.Validity.EndConditions.CurrentEndCondition"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Registry.Validity.EndCondition? EndCondition { get; set; }

    /// <summary>"Förlängs med två år i sänder" (ADR 0034); see <see cref="Registry.Validity.RenewalPeriods.CurrentRenewal"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Registry.Validity.AutomaticRenewal? AutomaticRenewal { get; set; }
    public Guid? SupersededBy { get; set; }

    /// <summary>Relations recorded with add-relation; see <see cref="Registry.Relations.RelationKinds.AllRelations"/> for all of them.</summary>
    public List<Registry.Relations.DocumentRelation> Relations { get; set; } = [];
    public DecisionReference? LastDecision { get; set; }
    public Instant LastChangedAt { get; set; }
    public string LastChangedBy { get; set; } = "";

    /// <summary>The last day to give notice so that the agreement ends at its end date.</summary>
    public LocalDate? NoticeDeadline =>
        ValidTo is { } to && NoticePeriodMonths is { } months ? Registry.Termination.NoticePeriod.LastDayToGiveNotice(to, months) : null;

    public Registry.Remiss.Consultation? OpenConsultation => Consultations.LastOrDefault(c => c.ClosedOn is null);

    public LocalDate? NextFollowUp => FollowUps.Where(f => f.CompletedOn is null).Min(f => (LocalDate?)f.DueOn);

    /// <summary>The text version the next adoption decisions are about: a pending revision, else the current text.</summary>
    public int AdoptionTargetVersion => PendingRevision?.TextVersion ?? TextVersion;

    public int AdoptionCount => Adoptions.Count(a => a.TextVersion == AdoptionTargetVersion
                                                     && (RequiredParties.Count == 0 || RequiredParties.Contains(a.Party)));

    public int RequiredAdoptions => RequiredParties.Count;

    /// <summary>The required huvudmän with no decision on the text version the decisions are about.</summary>
    public IReadOnlyList<string> MissingAdoptions => RequiredParties
        .Where(p => !Adoptions.Any(a => a.Party == p && a.TextVersion == AdoptionTargetVersion)).ToList();

    internal void Touch(Recorded recorded, DecisionReference? decision = null)
    {
        LastChangedAt = recorded.At;
        LastChangedBy = recorded.By;
        if (decision is not null) LastDecision = decision;
    }

    /// <summary>
    /// The document stops being in force on the day before <paramref name="date"/> (a revision takes over, notice
    /// runs out, a successor replaces it): periods that would only have begun then never took effect.
    /// </summary>
    internal void EndValidityBefore(LocalDate date)
    {
        var lastDay = date.PlusDays(-1);
        ValidityPeriods = ValidityPeriods.Where(p => p.From is null || p.From < date)
            .Select(p => p.To is null || p.To > lastDay ? p with { To = lastDay, ToPrecision = DatePrecision.Day } : p)
            .ToList();
        if (ValidTo is null || ValidTo > lastDay) (ValidTo, ValidToPrecision) = (lastDay, DatePrecision.Day);
    }

    /// <summary>The renewed periods of an automatically renewing agreement, up to <paramref name="lastDay"/>, join its last validity period.</summary>
    internal void RenewUntil(LocalDate lastDay)
    {
        if (ValidityPeriods.Count > 0) ValidityPeriods[^1] = ValidityPeriods[^1] with { To = lastDay, ToPrecision = DatePrecision.Day };
        (ValidTo, ValidToPrecision) = (lastDay, DatePrecision.Day);
    }

    /// <summary>After a remiss, the document is back where its decisions so far put it.</summary>
    internal DocumentStatus StatusBeforeEntryIntoForce()
    {
        var version = AdoptionTargetVersion;
        if (Adoptions.Any(a => a.TextVersion == version)) return DocumentStatus.Adopted;
        return Endorsements.Any(e => e.TextVersion == version && e.Outcome.IsPositive())
            ? DocumentStatus.Endorsed
            : DocumentStatus.Draft;
    }

    internal void ReplaceConsultation(int number, Func<Registry.Remiss.Consultation, Registry.Remiss.Consultation> change)
    {
        var index = Consultations.FindIndex(c => c.Number == number);
        Consultations[index] = change(Consultations[index]);
    }
}

public enum ValidityBasis
{
    Original,
    Extension,
    Revision,
}

public static class ValidityBases
{
    public static string Label(this ValidityBasis basis) => basis switch
    {
        ValidityBasis.Extension => "Förlängning",
        ValidityBasis.Revision => "Revidering",
        _ => "Ursprunglig",
    };
}

/// <summary>One period in which a text version is in force: the original, each extension, each revision.</summary>
public sealed record ValidityPeriod(int TextVersion, LocalDate? From, LocalDate? To, ValidityBasis Basis,
    DecisionReference? Decision, bool WithEditorialChanges)
{
    /// <summary>Day unless a source gives less: an unknown start has no <see cref="From"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DatePrecision FromPrecision { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DatePrecision ToPrecision { get; init; }

    /// <summary>An extension decided after the old end date that applies from the day after it (ADR 0027).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Retroactive { get; init; }

    /// <summary>The days before this period that no decision covers: a late extension that applies from a later day.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? UncoveredFrom { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? UncoveredTo { get; init; }
}

public sealed record PendingRevision(int TextVersion, string Summary, LocalDate? DraftedOn)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DatePrecision DraftedOnPrecision { get; init; }
}

public sealed record Notice(string Party, LocalDate GivenOn, LocalDate EndsOn);

public sealed record FollowUpItem(string Key, FollowUpKind Kind, LocalDate DueOn, string Description,
    LocalDate? CompletedOn, string? Note)
{
    /// <summary>How a recurring follow-up ("årsvis") goes on; null for a one-off.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FollowUpRecurrence? Recurrence { get; init; }

    /// <summary>The due date first planned, when the follow-up was rescheduled; null when it never was.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? OriginalDueOn { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RescheduleReason { get; init; }

    /// <summary>The occurrence after this one of a recurring follow-up, if the series goes on.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? NextDueOn =>
        Recurrence is { } r && DueOn.PlusMonths(r.IntervalMonths) is var next && (r.RepeatUntil is null || next <= r.RepeatUntil) ? next : null;
}

/// <summary>
/// A recurring follow-up: months between occurrences, the last day one may fall on (null: until further notice), and
/// the key of the series' first occurrence (null on the first occurrence itself).
/// </summary>
public sealed record FollowUpRecurrence(int IntervalMonths, LocalDate? RepeatUntil = null, string? SeriesKey = null)
{
    /// <summary>"årsvis tills vidare", "var 6:e månad till och med 2028-12-31".</summary>
    public override string ToString() => (IntervalMonths == 12 ? "årsvis" : $"var {IntervalMonths}:e månad") +
        (RepeatUntil is { } until ? $" till och med {EventDescription.Date(until)}" : " tills vidare");
}

public enum FollowUpKind
{
    Uppfoljning,
    Utvardering,
    Avstamning,
}

public static class FollowUpKinds
{

    public static string Label(this FollowUpKind kind) => kind switch
    {
        FollowUpKind.Utvardering => "Utvärdering",
        FollowUpKind.Avstamning => "Avstämning",
        _ => "Uppföljning",
    };
}
