using Registry.Documents;

namespace Registry.Termination;

/// <summary>The parties change an agreement's notice period (e.g. from twelve to eight months).</summary>
public sealed record ChangeNoticePeriod(int NoticePeriodMonths, DecisionReference? Decision = null) : IDocumentCommand
{
    public IEnumerable<object> Decide(Styrdokument document, CommandContext context)
    {
        Rule.RequireNotTerminal(document);
        Rule.Require(DocumentKinds.Agreements.Contains(document.Kind),
            "Uppsägningstid kan bara anges för avtal och överenskommelser.", "noticePeriodMonths");
        Rule.Require(NoticePeriodMonths is >= 1 and <= 120,
            "Uppsägningstiden ska anges i hela månader, 1–120.", "noticePeriodMonths");
        Rule.Require(NoticePeriodMonths != document.NoticePeriodMonths,
            "Den nya uppsägningstiden är samma som den nuvarande.", "noticePeriodMonths");
        var decision = Rule.RequireDecision(Decision);
        yield return new NoticePeriodChanged(document.Id, document.NoticePeriodMonths, NoticePeriodMonths, decision,
            context.Recorded);
    }
}

public sealed record NoticePeriodChanged(Guid DocumentId, int? PreviousMonths, int NoticePeriodMonths,
    DecisionReference Decision, Recorded Recorded) : IDocumentEvent;
