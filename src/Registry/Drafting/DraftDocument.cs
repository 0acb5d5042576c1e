namespace Registry.Drafting;

/// <summary>Start a new styrdokument as a draft (utkast).</summary>
public sealed record DraftDocument(
    string Title,
    string Kind,
    IReadOnlyList<string>? OwnerBodies,
    Guid? ParentId = null,
    string? OfficialTextUrl = null,
    bool RequiresAllParties = false,
    LocalDate? DraftedOn = null, AdoptionRequirement? AdoptionRequirement = null, Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IReferencesDocuments
{
    public const string StepName = "draft";

    public static readonly LifecycleStep Step = new(StepName, typeof(DraftDocument), "Nytt styrdokument", "Utkastet är registrerat.")
    {
        Help = "Dokumentet registreras som utkast. Remiss, ställningstagande och ikraftträdande registreras sedan på dokumentets sida.",
        Inputs = new Dictionary<string, StepInput>
        {
            ["title"] = new("Titel"),
            ["kind"] = new("Typ"),
            ["ownerBodies"] = new("Ägande organ", "Ett organ per rad, t.ex. SRO eller VVG."),
            ["parentId"] = new("Hör till dokument"),
            ["officialTextUrl"] = new("Länk till dokumentets text"),
            ["requiresAllParties"] = new("Kräver beslut hos alla 50 huvudmän"),
            ["adoptionRequirement"] = new("Kräver beslut hos", "T.ex. \"alla länets 49 kommuner\" när avtalet bygger på att varje kommun beslutar."),
            ["draftedOn"] = new("Datum"),
        },
    };

    public IEnumerable<DocumentReference> ReferencedDocuments =>
        ParentId is { } parent ? [new DocumentReference(parent, "parentId")] : [];

    public DocumentDrafted Decide(Guid documentId, CommandContext context, DocumentKinds kinds)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("draftedOn", DraftedOn));
        var title = Rule.RequireText(Title, "title", "Titel");
        Rule.Require(AdoptionRequirement is null || Enum.IsDefined(AdoptionRequirement.Value), "Okänt krav på beslut.", "adoptionRequirement");
        Rule.Require(AdoptionRequirement != Documents.AdoptionRequirement.NamedParties,
            "Namngivna huvudmän anges med steget \"Ange krav på beslut hos huvudmännen\" när dokumentet finns.", "adoptionRequirement");
        Rule.Require(!RequiresAllParties || AdoptionRequirement is null or Documents.AdoptionRequirement.AllParties,
            "Ange antingen beslut hos alla 50 huvudmän eller ett annat krav, inte båda.", "adoptionRequirement");
        var kind = Rule.RequireText(Kind, "kind", "Dokumenttyp");
        Rule.Require(kinds.IsKnown(kind),
            $"Okänd dokumenttyp \"{kind}\". Tillåtna: {string.Join(", ", kinds.All)}.", "kind");
        var owners = (OwnerBodies ?? []).Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).ToList();
        Rule.Require(owners.Count > 0, "Minst ett ägande organ måste anges.", "ownerBodies");
        Rule.Require(OfficialTextUrl is null || IsWebAddress(OfficialTextUrl),
            "Länken till dokumentets text måste vara en fullständig adress (https://…).", "officialTextUrl");
        return new DocumentDrafted(documentId, title, DocumentKinds.Normalize(kind), owners, ParentId,
            OfficialTextUrl, RequiresAllParties,
            given.Precision.Of("draftedOn") == DatePrecision.Unknown ? null : DraftedOn ?? context.Today, context.Recorded,
            given.Source, given.Note, given.Precision,
            AdoptionRequirement is null or Documents.AdoptionRequirement.None ? null : AdoptionRequirement);
    }

    // On Linux "/a/b" parses as an absolute file: URI, so the scheme has to be checked too.
    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

public sealed record DocumentDrafted(Guid DocumentId, string Title, string Kind, IReadOnlyList<string> OwnerBodies,
    Guid? ParentId, string? OfficialTextUrl, bool RequiresAllParties, LocalDate? DraftedOn, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AdoptionRequirement? AdoptionRequirement = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.Id = DocumentId;
        document.Title = Title;
        document.Kind = Kind;
        document.OwnerBodies = [.. OwnerBodies];
        document.ParentId = ParentId;
        document.OfficialTextUrl = OfficialTextUrl;
        document.AdoptionRequirement = AdoptionRequirement
            ?? (RequiresAllParties ? Documents.AdoptionRequirement.AllParties : Documents.AdoptionRequirement.None);
        document.RequiresAllParties = document.AdoptionRequirement == Documents.AdoptionRequirement.AllParties;
        document.Status = DocumentStatus.Draft;
        document.Touch(Recorded);
    }

    public EventDescription Describe() => new EventDescription("Utkast registrerat",
        $"{DocumentKinds.Label(Kind)} ”{Title}”, ägare {string.Join(", ", OwnerBodies)}, {EventDescription.Date(DraftedOn, Precision.Of("draftedOn"))}",
        DraftedOn).From(Source, Note, Precision, "draftedOn");
}
