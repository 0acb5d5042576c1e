using NodaTime;
using Registry.Documents;

namespace Registry.Termination;

/// <summary>The document is replaced by another styrdokument.</summary>
public sealed record Supersede(Guid SupersededById, LocalDate SupersededOn, DecisionReference? Decision = null)
    : IDocumentCommand, IReferencesDocuments
{
    public IEnumerable<DocumentReference> ReferencedDocuments => [new DocumentReference(SupersededById, "supersededById")];

    public IEnumerable<object> Decide(Styrdokument document, CommandContext context)
    {
        Rule.RequireNotTerminal(document);
        Rule.Require(SupersededById != document.Id, "Ett dokument kan inte ersätta sig självt.", "supersededById");
        Rule.Require(document.ValidFrom is not { } from || SupersededOn > from,
            $"Dokumentet kan inte ersättas innan det har trätt i kraft ({document.ValidFrom:yyyy-MM-dd}).", "supersededOn");
        yield return new DocumentSuperseded(document.Id, SupersededById, SupersededOn, Rule.OptionalDecision(Decision),
            context.Recorded);
    }
}

public sealed record DocumentSuperseded(Guid DocumentId, Guid SupersededById, LocalDate SupersededOn,
    DecisionReference? Decision, Recorded Recorded) : IDocumentEvent;
