using Registry.Documents;

namespace Registry.Endorsement;

/// <summary>A ställningstagande by SRO, VVG or another body at a dated meeting, under an agenda item.</summary>
public sealed record Endorse(EndorsementOutcome Outcome, DecisionReference? Decision = null, string? Presenter = null,
    string? Note = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("endorse", typeof(Endorse), "Registrera ställningstagande", "Ställningstagandet är registrerat.")
    {
        Help = "SRO:s eller VVG:s ställningstagande vid ett möte, under en paragraf.",
        Refusal = Rule.RefuseTerminal,
        RequiredInputs = ["decision"],
        Inputs = new Dictionary<string, StepInput>
        {
            ["outcome"] = new("Ställningstagande"),
            ["presenter"] = new("Föredragande"),
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        Step.RequireApplicable(document);
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

    /// <summary>The outcome as the minutes word it.</summary>
    public static string Label(this EndorsementOutcome outcome) => outcome switch
    {
        EndorsementOutcome.Endorsed => "Ställer sig bakom",
        EndorsementOutcome.RecommendedToPrincipals => "Rekommenderar huvudmännen att anta",
        EndorsementOutcome.Noted => "Noterar informationen",
        EndorsementOutcome.Rejected => "Avslår",
        _ => outcome.ToString(),
    };
}

public sealed record DocumentEndorsed(Guid DocumentId, DecisionReference Decision, EndorsementOutcome Outcome,
    string? Presenter, string? Note, int TextVersion, Recorded Recorded) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.Endorsements.Add(new EndorsementRecord(Decision, Outcome, Presenter, Note, TextVersion));
        if (Outcome.IsPositive() && document.Status is DocumentStatus.Draft or DocumentStatus.InConsultation)
            document.Status = DocumentStatus.Endorsed;
        document.Touch(Recorded, Decision);
    }

    public EventDescription Describe() => new("Ställningstagande",
        EventDescription.Join($"{Outcome.Label()}, {Decision}", Presenter is null ? null : "föredragande " + Presenter, Note),
        Decision.MeetingDate)
    {
        Decision = new DecisionFact("Endorsement", Decision, Outcome.Label().ToLowerInvariant(), TextVersion: TextVersion),
    };
}

public sealed record EndorsementRecord(DecisionReference Decision, EndorsementOutcome Outcome, string? Presenter,
    string? Note, int TextVersion);
