using NodaTime;
using Registry.Documents;
using Registry.Endorsement;
using Registry.Termination;
using Registry.Validity;

namespace Registry.Adoption;

/// <summary>
/// Where one huvudman stands on one document: the recommendation it was sent, its own decision, the period the
/// document binds it (from its decision and the document's entry into force, to the document's end or the end of its
/// notice) and any notice. Derived from the document's state only: a party's part is in force only where a decision of
/// that party is recorded. <see cref="LeavesAlone"/>: the notice is the party's own, ending only its part.
/// <see cref="Binding"/> and <see cref="RecordedState"/> are what the steps left; <see cref="State"/> and
/// <see cref="InForce"/> are read on <see cref="AsOf"/> (ADR 0027): from the day after the party's last day the part
/// reads "Utgånget", or "Upphört" after notice, with no step recorded.
/// </summary>
public sealed record PartyAdoptionStatus(string Party, bool Required, DecisionReference? Recommendation, AdoptionRecord? Adoption,
    LocalDate? InForceFrom, LocalDate? InForceTo, bool Binding, string? NoticeGivenBy, LocalDate? NoticeGivenOn,
    LocalDate? NoticeEndsOn, bool LeavesAlone, LocalDate? ProposedValidTo, ExtensionDecision? ExtensionDecision,
    LocalDate? ResumesOn = null)
{
    /// <summary>The day <see cref="State"/> is read on; none: as recorded (the read tables, where SQL applies the day).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public LocalDate? AsOf { get; init; }

    public PartyState RecordedState =>
        NoticeGivenOn is not null && Binding ? PartyState.NoticeGiven
        : Binding ? PartyState.InForce
        : Adoption is not null ? PartyState.Adopted
        : PartyState.NotDecided;

    public PartyState State => AsOf is { } today ? PartyLapse.Of(RecordedState, InForceTo, today, ResumesOn) : RecordedState;

    public string StateLabel => State.Label();

    /// <summary>Whether the party's part is in force (on <see cref="AsOf"/> when given): not yet lapsed or ended.</summary>
    public bool InForce => State is PartyState.InForce or PartyState.NoticeGiven;

    /// <summary>Whether the document binds this party on <paramref name="date"/>.</summary>
    public bool InForceOn(LocalDate date) =>
        Binding && (InForceFrom is null || InForceFrom <= date) && (InForceTo is null || date <= InForceTo)
        && !(ResumesOn > date);

    /// <summary>The party's standing on a day, in Swedish: "Gäller", "Har lämnat avtalet 2027-04-30", "Beslut saknas"…</summary>
    public string StandingOn(LocalDate date) => State switch
    {
        PartyState.NotDecided => "Beslut saknas",
        PartyState.Adopted => "Antaget, inte i kraft",
        _ when LeavesAlone && NoticeEndsOn is { } leaves && date > leaves => $"Har lämnat avtalet efter {EventDescription.Date(leaves)}",
        _ when InForceTo is { } end && date > end => $"Upphört efter {EventDescription.Date(end)}",
        _ when InForceFrom is { } from && date < from => $"Gäller från {EventDescription.Date(from)}",
        PartyState.NoticeGiven => $"Gäller, uppsagt till {EventDescription.Date(NoticeEndsOn)}",
        _ => "Gäller",
    };
}

public enum PartyState
{
    NotDecided,
    Adopted,
    InForce,
    NoticeGiven,

    /// <summary>Computed only: in force until a last day that has passed (or inside a gap after a late extension).</summary>
    Lapsed,

    /// <summary>Computed only: the notice has run out.</summary>
    Ended,
}

/// <summary>
/// A party's part lapses by the calendar as the document does (<see cref="Lapse"/>, ADR 0027): in C# here, in
/// PostgreSQL with <see cref="Sql"/> for the OData feed.
/// </summary>
public static class PartyLapse
{
    public static PartyState Of(PartyState recorded, LocalDate? lastDay, LocalDate today, LocalDate? resumesOn = null) => recorded switch
    {
        PartyState.NoticeGiven when lastDay < today => PartyState.Ended,
        PartyState.InForce when lastDay < today => PartyState.Lapsed,
        PartyState.InForce or PartyState.NoticeGiven when resumesOn > today => PartyState.Lapsed,
        _ => recorded,
    };

    /// <summary>
    /// The same rule over a row with the recorded <c>state</c>, <c>state_label</c>, <c>in_force</c>, <c>in_force_to</c>
    /// and <c>resumes_on</c>, with "today" as <paramref name="today"/>: state, label and in force.
    /// </summary>
    public static (string State, string Label, string InForce) Sql(string today)
    {
        var ended = $"state = '{PartyState.NoticeGiven}' and in_force_to < {today}";
        var lapsed = $"(state = '{PartyState.InForce}' and in_force_to < {today}) "
                     + $"or (state in ('{PartyState.InForce}', '{PartyState.NoticeGiven}') and resumes_on > {today})";
        return ($"case when {ended} then '{PartyState.Ended}' when {lapsed} then '{PartyState.Lapsed}' else state end",
            $"case when {ended} then '{PartyState.Ended.Label()}' when {lapsed} then '{PartyState.Lapsed.Label()}' else state_label end",
            $"case when {ended} then false when {lapsed} then false else in_force end");
    }
}

public static class PartyAdoptionStatuses
{
    public static string Label(this PartyState state) => state switch
    {
        PartyState.Adopted => "Antaget",
        PartyState.InForce => "Gällande",
        PartyState.NoticeGiven => "Uppsagt",
        PartyState.Lapsed => DocumentStatus.Lapsed.Label(),
        PartyState.Ended => DocumentStatus.Expired.Label(),
        _ => "Beslut saknas",
    };

    /// <summary>
    /// One status per huvudman the document concerns: those its requirement names, and any other party that decided
    /// on it or gave notice, in <see cref="Parties.All"/>'s order.
    /// </summary>
    public static IReadOnlyList<PartyAdoptionStatus> Of(Styrdokument d, LocalDate? asOf = null)
    {
        var required = d.RequiredParties;
        var concerned = Parties.All.Where(p => required.Contains(p) || d.Adoptions.Any(a => a.Party == p)
                                                                     || d.PartyNotices.Any(n => n.Party == p));
        var recommendation = d.Endorsements.LastOrDefault(e => e.TextVersion == d.AdoptionTargetVersion
            && e.Outcome is EndorsementOutcome.RecommendedToPrincipals or EndorsementOutcome.RecommendedToEnterAgreement
                or EndorsementOutcome.HandedToPrincipals)?.Decision;
        var enteredIntoForce = d.ValidityPeriods.Count > 0 && d.Status != DocumentStatus.Withdrawn;
        // A renewing agreement has no last day until notice gives it one (ADR 0034).
        var renews = d.CurrentRenewal() is not null;
        return concerned.Select(party =>
        {
            var adoption = d.Adoptions.LastOrDefault(a => a.Party == party && a.TextVersion == d.AdoptionTargetVersion)
                           ?? d.Adoptions.LastOrDefault(a => a.Party == party && a.TextVersion == d.TextVersion);
            var binding = d.Adoptions.LastOrDefault(a => a.Party == party && a.TextVersion == d.TextVersion);
            var inForce = enteredIntoForce && binding is not null;
            var notice = d.PartyNotices.FirstOrDefault(n => n.Party == party);
            var (noticeBy, noticeOn, noticeEnds) = notice is not null ? ((string?)notice.Party, (LocalDate?)notice.GivenOn, (LocalDate?)notice.EndsOn)
                : d.Notice is { } whole && inForce ? ((string?)whole.Party, whole.GivenOn, whole.EndsOn)
                : (null, null, null);
            return new PartyAdoptionStatus(party, required.Contains(party), recommendation, adoption,
                inForce ? Later(d.ValidFrom, binding!.DecidedOn) : null,
                inForce ? Earlier(renews ? null : d.ValidTo, notice?.EndsOn) : null,
                inForce, noticeBy, noticeOn, noticeEnds, notice is not null,
                d.ProposedExtension?.RequiredParties.Contains(party) == true ? d.ProposedExtension.NewValidTo : null,
                d.ProposedExtension?.DecisionOf(party), inForce ? d.ResumesOn() : null)
            { AsOf = asOf };
        }).ToList();
    }

    /// <summary>A party joins on its own decision at the earliest; an unknown start stays unknown.</summary>
    private static LocalDate? Later(LocalDate? validFrom, LocalDate decidedOn) =>
        validFrom is { } from ? (from > decidedOn ? from : decidedOn) : null;

    private static LocalDate? Earlier(LocalDate? a, LocalDate? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;
}
