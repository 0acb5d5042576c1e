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
/// </summary>
public sealed record PartyAdoptionStatus(string Party, bool Required, DecisionReference? Recommendation, AdoptionRecord? Adoption,
    LocalDate? InForceFrom, LocalDate? InForceTo, bool InForce, string? NoticeGivenBy, LocalDate? NoticeGivenOn,
    LocalDate? NoticeEndsOn, bool LeavesAlone, LocalDate? ProposedValidTo, ExtensionDecision? ExtensionDecision)
{
    public PartyState State =>
        NoticeGivenOn is not null && InForce ? PartyState.NoticeGiven
        : InForce ? PartyState.InForce
        : Adoption is not null ? PartyState.Adopted
        : PartyState.NotDecided;

    /// <summary>Whether the document binds this party on <paramref name="date"/>.</summary>
    public bool InForceOn(LocalDate date) =>
        InForce && (InForceFrom is null || InForceFrom <= date) && (InForceTo is null || date <= InForceTo);

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
}

public static class PartyAdoptionStatuses
{
    public static string Label(this PartyState state) => state switch
    {
        PartyState.Adopted => "Antaget",
        PartyState.InForce => "Gällande",
        PartyState.NoticeGiven => "Uppsagt",
        _ => "Beslut saknas",
    };

    /// <summary>
    /// One status per huvudman the document concerns: those its requirement names, and any other party that decided
    /// on it or gave notice, in <see cref="Parties.All"/>'s order.
    /// </summary>
    public static IReadOnlyList<PartyAdoptionStatus> Of(Styrdokument d)
    {
        var required = d.RequiredParties;
        var concerned = Parties.All.Where(p => required.Contains(p) || d.Adoptions.Any(a => a.Party == p)
                                                                     || d.PartyNotices.Any(n => n.Party == p));
        var recommendation = d.Endorsements.LastOrDefault(e => e.TextVersion == d.AdoptionTargetVersion
            && e.Outcome is EndorsementOutcome.RecommendedToPrincipals or EndorsementOutcome.RecommendedToEnterAgreement
                or EndorsementOutcome.HandedToPrincipals)?.Decision;
        var enteredIntoForce = d.ValidityPeriods.Count > 0 && d.Status != DocumentStatus.Withdrawn;
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
                inForce ? Earlier(d.ValidTo, notice?.EndsOn) : null,
                inForce, noticeBy, noticeOn, noticeEnds, notice is not null,
                d.ProposedExtension?.RequiredParties.Contains(party) == true ? d.ProposedExtension.NewValidTo : null,
                d.ProposedExtension?.DecisionOf(party));
        }).ToList();
    }

    /// <summary>A party joins on its own decision at the earliest; an unknown start stays unknown.</summary>
    private static LocalDate? Later(LocalDate? validFrom, LocalDate decidedOn) =>
        validFrom is { } from ? (from > decidedOn ? from : decidedOn) : null;

    private static LocalDate? Earlier(LocalDate? a, LocalDate? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;
}
