using Registry.Documents;

namespace Registry.Endorsement;

/// <summary>A ställningstagande by SRO, VVG or another body at a dated meeting, under an agenda item.</summary>
public sealed record Endorse(EndorsementOutcome Outcome, DecisionReference? Decision = null, string? Presenter = null,
    string? Note = null) : IDocumentCommand
{
    public IEnumerable<object> Decide(Styrdokument document, CommandContext context)
    {
        Rule.RequireNotTerminal(document);
        var decision = Rule.RequireDecision(Decision);
        Rule.Require(Enum.IsDefined(Outcome), "Okänt utfall av ställningstagandet.", "outcome");
        yield return new DocumentEndorsed(document.Id, decision, Outcome, Presenter?.Trim(), Note?.Trim(),
            document.AdoptionTargetVersion, context.Recorded);
    }
}

public enum EndorsementOutcome
{
    /// <summary>Ställer sig bakom.</summary>
    Endorsed,

    /// <summary>Rekommenderar huvudmännen att anta.</summary>
    RecommendedToPrincipals,

    /// <summary>Noterar informationen.</summary>
    Noted,

    /// <summary>Avslår.</summary>
    Rejected,
}

public static class EndorsementOutcomes
{
    /// <summary>Ställer sig bakom or recommends: the document moves on towards adoption.</summary>
    public static bool IsPositive(this EndorsementOutcome outcome) =>
        outcome is EndorsementOutcome.Endorsed or EndorsementOutcome.RecommendedToPrincipals;
}

public sealed record DocumentEndorsed(Guid DocumentId, DecisionReference Decision, EndorsementOutcome Outcome,
    string? Presenter, string? Note, int TextVersion, Recorded Recorded) : IDocumentEvent;

public sealed record EndorsementRecord(DecisionReference Decision, EndorsementOutcome Outcome, string? Presenter,
    string? Note, int TextVersion);
