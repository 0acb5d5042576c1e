using Registry.Adoption;
using Registry.Documents;
using Registry.Validity;

namespace Registry.ReadModels;

/// <summary>The OData rows of <see cref="PartyAdoptionStatuses.Of"/>: one per huvudman the document concerns.</summary>
public static class PartyStatusRows
{
    public static IEnumerable<PartyStatusRow> Of(Styrdokument document) =>
        PartyAdoptionStatuses.Of(document).Select(p => new PartyStatusRow
        {
            DocumentId = document.Id,
            Party = p.Party,
            DocumentTitle = document.Title,
            Required = p.Required,
            State = p.State.ToString(),
            StateLabel = p.State.Label(),
            RecommendedBy = p.Recommendation?.ToString(),
            RecommendedOn = p.Recommendation?.MeetingDate.ToDate(),
            Adopted = p.Adoption is not null,
            AdoptedOn = p.Adoption?.DecidedOn.ToDate(),
            AdoptedTextVersion = p.Adoption?.TextVersion,
            AdoptionDecision = p.Adoption?.Decision?.ToString(),
            InForce = p.InForce,
            InForceFrom = p.InForceFrom.ToDate(),
            InForceTo = p.InForceTo.ToDate(),
            NoticeGivenBy = p.NoticeGivenBy,
            NoticeGivenOn = p.NoticeGivenOn.ToDate(),
            NoticeEndsOn = p.NoticeEndsOn.ToDate(),
            ExtensionProposedTo = p.ProposedValidTo.ToDate(),
            ExtensionDecidedOn = p.ExtensionDecision?.DecidedOn.ToDate(),
            ExtensionDecisionMissing = p.ProposedValidTo is not null && p.ExtensionDecision is null,
        });

    /// <summary>"Borås, Mark" or, for a proposal that needs one decision with mandate, that.</summary>
    public static string Missing(ProposedExtension proposal) =>
        proposal.RequiredParties.Count == 0 ? "beslut med mandat" : string.Join(", ", proposal.MissingParties);
}
