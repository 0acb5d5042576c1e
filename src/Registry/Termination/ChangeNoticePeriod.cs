using Registry.Documents;

namespace Registry.Termination;

/// <summary>The parties change an agreement's notice period (e.g. from twelve to eight months).</summary>
public sealed record ChangeNoticePeriod(int NoticePeriodMonths, DecisionReference? Decision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("change-notice-period", typeof(ChangeNoticePeriod), "Ändra uppsägningstid",
        "Den nya uppsägningstiden är registrerad.")
    {
        Refusal = d => Rule.RefuseTerminal(d)
            ?? Rule.RefuseIf(!DocumentKinds.Agreements.Contains(d.Kind),
                "Uppsägningstid kan bara anges för avtal och överenskommelser.", "noticePeriodMonths"),
        RequiredInputs = ["decision"],
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        Step.RequireApplicable(document);
        NoticePeriod.RequireValid(NoticePeriodMonths, document);
        Rule.Require(NoticePeriodMonths != document.NoticePeriodMonths,
            "Den nya uppsägningstiden är samma som den nuvarande.", "noticePeriodMonths");
        var decision = Rule.RequireDecision(Decision);
        yield return new NoticePeriodChanged(document.Id, document.NoticePeriodMonths, NoticePeriodMonths, decision,
            context.Recorded);
    }
}

public sealed record NoticePeriodChanged(Guid DocumentId, int? PreviousMonths, int NoticePeriodMonths,
    DecisionReference Decision, Recorded Recorded) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.NoticePeriodMonths = NoticePeriodMonths;
        document.Touch(Recorded, Decision);
    }

    public EventDescription Describe() => new("Uppsägningstiden ändrad",
        $"{(PreviousMonths is { } p ? p + " → " : "")}{NoticePeriodMonths} månader, {Decision}", Decision.MeetingDate)
    {
        Decision = new DecisionFact("NoticePeriodChange", Decision, $"uppsägningstid {NoticePeriodMonths} månader"),
    };
}
