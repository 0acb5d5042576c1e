namespace Registry.Termination;

/// <summary>The parties change an agreement's notice period (e.g. from twelve to eight months).</summary>
public sealed record ChangeNoticePeriod(int NoticePeriodMonths, DecisionReference? Decision = null, Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
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
        var given = StepProvenance.Check(Source, Note, Precision);
        NoticePeriod.RequireValid(NoticePeriodMonths, document);
        Rule.Require(NoticePeriodMonths != document.NoticePeriodMonths,
            "Den nya uppsägningstiden är samma som den nuvarande.", "noticePeriodMonths");
        var decision = Rule.RequireDecision(Decision);
        yield return new NoticePeriodChanged(document.Id, document.NoticePeriodMonths, NoticePeriodMonths, decision,
            context.Recorded, given.Source, given.Note, given.Precision);
    }
}

public sealed record NoticePeriodChanged(Guid DocumentId, int? PreviousMonths, int NoticePeriodMonths,
    DecisionReference Decision, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.NoticePeriodMonths = NoticePeriodMonths;
        document.Touch(Recorded, Decision);
    }

    public EventDescription Describe() => new EventDescription("Uppsägningstiden ändrad",
        $"{(PreviousMonths is { } p ? p + " → " : "")}{NoticePeriodMonths} månader, {Decision}", Decision.MeetingDate)
    {
        Decision = new DecisionFact("NoticePeriodChange", Decision, $"uppsägningstid {NoticePeriodMonths} månader"),
    }
        .From(Source, Note, Precision, null);
}
