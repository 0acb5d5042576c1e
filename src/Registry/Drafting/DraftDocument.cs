using NodaTime;
using Registry.Documents;

namespace Registry.Drafting;

/// <summary>Start a new styrdokument as a draft (utkast).</summary>
public sealed record DraftDocument(
    string Title,
    string Kind,
    IReadOnlyList<string>? OwnerBodies,
    Guid? ParentId = null,
    string? OfficialTextUrl = null,
    bool RequiresAllParties = false,
    LocalDate? DraftedOn = null) : IReferencesDocuments
{
    public IEnumerable<Guid> ReferencedDocuments => ParentId is { } parent ? [parent] : [];

    public DocumentDrafted Decide(Guid documentId, CommandContext context, DocumentKinds kinds)
    {
        var title = Rule.RequireText(Title, "title", "Titel");
        var kind = Rule.RequireText(Kind, "kind", "Dokumenttyp");
        Rule.Require(kinds.IsKnown(kind),
            $"Okänd dokumenttyp \"{kind}\". Tillåtna: {string.Join(", ", kinds.All)}.", "kind");
        var owners = (OwnerBodies ?? []).Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).ToList();
        Rule.Require(owners.Count > 0, "Minst ett ägande organ måste anges.", "ownerBodies");
        Rule.Require(OfficialTextUrl is null || Uri.TryCreate(OfficialTextUrl, UriKind.Absolute, out _),
            "Länken till dokumentets text måste vara en fullständig adress (https://…).", "officialTextUrl");
        return new DocumentDrafted(documentId, title, DocumentKinds.Normalize(kind), owners, ParentId,
            OfficialTextUrl, RequiresAllParties, DraftedOn ?? context.Today, context.Recorded);
    }
}

public sealed record DocumentDrafted(Guid DocumentId, string Title, string Kind, IReadOnlyList<string> OwnerBodies,
    Guid? ParentId, string? OfficialTextUrl, bool RequiresAllParties, LocalDate DraftedOn, Recorded Recorded) : IDocumentEvent;
