using Registry.Documents;

namespace Registry.Relations;

/// <summary>How one styrdokument relates to another, read from the document that holds it: "X är underavtal till Y".</summary>
public enum RelationKind
{
    SubAgreementOf,
    AppendixTo,
    BelongsTo,
    Replaces,
    ReplacedBy,
    ResultOf,
    RegulatedIn,
}

/// <summary>A relation this document holds to <see cref="ToId"/>, with the source that states it.</summary>
public sealed record DocumentRelation(Guid ToId, RelationKind Kind, Provenance.Source? Source = null, string? Note = null);

public static class RelationKinds
{
    /// <summary>Swedish, read from the holder: "underavtal till" Y.</summary>
    public static string Label(this RelationKind kind) => kind switch
    {
        RelationKind.SubAgreementOf => "Underavtal till",
        RelationKind.AppendixTo => "Bilaga till",
        RelationKind.BelongsTo => "Hör till",
        RelationKind.Replaces => "Ersätter",
        RelationKind.ReplacedBy => "Ersatt av",
        RelationKind.ResultOf => "Resultat av uppdraget",
        RelationKind.RegulatedIn => "Regleras i",
        _ => kind.ToString(),
    };

    /// <summary>Swedish, read from the other end: Y "har underavtal" X.</summary>
    public static string InverseLabel(this RelationKind kind) => kind switch
    {
        RelationKind.SubAgreementOf => "Har underavtal",
        RelationKind.AppendixTo => "Har bilaga",
        RelationKind.BelongsTo => "Har tillhörande dokument",
        RelationKind.Replaces => "Ersatt av",
        RelationKind.ReplacedBy => "Ersätter",
        RelationKind.ResultOf => "Uppdrag med resultatet",
        RelationKind.RegulatedIn => "Reglerar",
        _ => kind.ToString(),
    };

    /// <summary>
    /// Every relation the document holds: those added as relations, plus the two it had before relations existed —
    /// the document it was drafted to belong to (<see cref="Styrdokument.ParentId"/>) and its successor
    /// (<see cref="Styrdokument.SupersededBy"/>).
    /// </summary>
    public static IEnumerable<DocumentRelation> AllRelations(this Styrdokument document)
    {
        if (document.ParentId is { } parent) yield return new DocumentRelation(parent, RelationKind.BelongsTo);
        if (document.SupersededBy is { } successor) yield return new DocumentRelation(successor, RelationKind.ReplacedBy);
        foreach (var relation in document.Relations) yield return relation;
    }
}
