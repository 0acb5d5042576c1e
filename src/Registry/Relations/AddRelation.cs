using System.Text.Json.Serialization;
using Registry.Documents;
using Registry.Provenance;

namespace Registry.Relations;

/// <summary>Record that this document relates to another (underavtal till, bilaga till, hör till, ersätter…), on a source.</summary>
public sealed record AddRelation(Guid ToId, RelationKind Kind, Source? Source = null, string? Note = null,
    IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand, IReferencesDocuments
{
    public static readonly LifecycleStep Step = new("add-relation", typeof(AddRelation), "Lägg till relation", "Relationen är registrerad.")
    {
        Help = "Anger hur dokumentet hänger ihop med ett annat: underavtal, bilaga, tillhörande riktlinje, ersättare, " +
               "resultat av ett uppdrag eller dokument där det regleras. Relationen visas på båda dokumentens sidor.",
        Refusal = Rule.RefuseTerminal,
        Inputs = new Dictionary<string, StepInput>
        {
            ["toId"] = new("Relaterat dokument"),
            ["kind"] = new("Relation", "Läses från det här dokumentet: det här dokumentet är underavtal till det relaterade."),
        },
    };

    public IEnumerable<DocumentReference> ReferencedDocuments => [new DocumentReference(ToId, "toId")];

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision);
        Rule.Require(ToId != document.Id, "Ett dokument kan inte relatera till sig självt.", "toId");
        Rule.Require(Enum.IsDefined(Kind), "Okänd relation.", "kind");
        Rule.Require(document.AllRelations().All(r => r.ToId != ToId || r.Kind != Kind),
            $"Relationen \"{Kind.Label().ToLowerInvariant()}\" till dokumentet finns redan.", "toId");
        yield return new RelationAdded(document.Id, ToId, Kind, context.Recorded, given.Source, given.Note);
    }
}

public sealed record RelationAdded(Guid DocumentId, Guid ToId, RelationKind Kind, Recorded Recorded,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.Relations.Add(new DocumentRelation(ToId, Kind, Source, Note));
        document.Touch(Recorded);
    }

    public EventDescription Describe() =>
        new EventDescription("Relation tillagd", $"{Kind.Label()} {ToId}").From(Source, Note, null, null);
}
