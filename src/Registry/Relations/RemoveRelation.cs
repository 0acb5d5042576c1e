using System.Text.Json.Serialization;
using Registry.Documents;
using Registry.Provenance;

namespace Registry.Relations;

/// <summary>A relation no longer holds, or was recorded in error (the history keeps that it was recorded).</summary>
public sealed record RemoveRelation(Guid ToId, RelationKind Kind, string? Reason = null, Source? Source = null, string? Note = null,
    IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("remove-relation", typeof(RemoveRelation), "Ta bort relation", "Relationen är borttagen.")
    {
        Refusal = d => Rule.RefuseTerminal(d) ?? Rule.RefuseIf(!d.AllRelations().Any(r => r.Kind != RelationKind.ReplacedBy || d.SupersededBy != r.ToId),
            "Dokumentet har ingen relation som kan tas bort.", "toId"),
        Inputs = new Dictionary<string, StepInput>
        {
            ["toId"] = new("Relaterat dokument"),
            ["kind"] = new("Relation"),
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision);
        Rule.Require(document.AllRelations().Any(r => r.ToId == ToId && r.Kind == Kind),
            $"Dokumentet har ingen relation \"{Kind.Label().ToLowerInvariant()}\" till {ToId}.", "toId");
        // The successor is a status decision (supersede), not a relation to take back.
        Rule.Require(Kind != RelationKind.ReplacedBy || document.SupersededBy != ToId,
            "Att dokumentet är ersatt är registrerat som ett beslut och kan inte tas bort som relation.", "kind");
        yield return new RelationRemoved(document.Id, ToId, Kind, Reason?.Trim(), context.Recorded, given.Source, given.Note);
    }
}

public sealed record RelationRemoved(Guid DocumentId, Guid ToId, RelationKind Kind, string? Reason, Recorded Recorded,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.Relations.RemoveAll(r => r.ToId == ToId && r.Kind == Kind);
        if (Kind == RelationKind.BelongsTo && document.ParentId == ToId) document.ParentId = null;
        document.Touch(Recorded);
    }

    public EventDescription Describe() =>
        new EventDescription("Relation borttagen", EventDescription.Join($"{Kind.Label()} {ToId}", Reason)).From(Source, Note, null, null);
}
