namespace Registry.Validity;

/// <summary>Förlängning: move the end date of a document in force, on a decision.</summary>
public sealed record ExtendDocument(LocalDate NewValidTo, DecisionReference? Decision = null, bool WithEditorialChanges = false,
    string? Note = null, Source? Source = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("extend", typeof(ExtendDocument), "Registrera förlängning", "Förlängningen är registrerad.")
    {
        Help = "Flyttar slutdatumet för ett gällande dokument enligt ett beslut. Beslutet måste ha fattats innan dokumentet upphörde.",
        Refusal = d => Rule.RefuseIf(d.Status != DocumentStatus.InForce, d.Status switch
        {
            DocumentStatus.Expired => "Dokumentet har upphört och kan inte förlängas.",
            DocumentStatus.Withdrawn => "Dokumentet är återkallat och kan inte förlängas.",
            DocumentStatus.Superseded => "Dokumentet är ersatt av ett annat och kan inte förlängas.",
            DocumentStatus.NoticeGiven => "Dokumentet är uppsagt och kan inte förlängas.",
            _ => "Endast ett gällande dokument kan förlängas.",
        })
            ?? Rule.RefuseIf(d.ValidTo is null, "Dokumentet gäller tills vidare och har inget slutdatum att förlänga.", "newValidTo"),
        RequiredInputs = ["decision"],
        Inputs = new Dictionary<string, StepInput>
        {
            ["newValidTo"] = new("Nytt slutdatum"),
            ["withEditorialChanges"] = new("Med redaktionella ändringar"),
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        Step.RequireApplicable(document);
        var given = StepProvenance.Check(Source, Note, Precision, ("newValidTo", NewValidTo));
        var decision = Rule.RequireDecision(Decision);
        var currentEnd = document.ValidTo!.Value;
        Rule.Require(NewValidTo > currentEnd,
            $"Det nya slutdatumet måste ligga efter nuvarande slutdatum {currentEnd:yyyy-MM-dd}.", "newValidTo");
        Rule.Require(decision.MeetingDate <= currentEnd,
            $"Beslutet ({decision.MeetingDate:yyyy-MM-dd}) fattades efter att dokumentet upphört ({currentEnd:yyyy-MM-dd}); " +
            "ett upphört dokument kan inte förlängas.", "decision.meetingDate");
        yield return new DocumentExtended(document.Id, document.TextVersion, currentEnd, NewValidTo, decision,
            WithEditorialChanges, Note?.Trim(), context.Recorded, given.Source, Precision: given.Precision);
    }
}

public sealed record DocumentExtended(Guid DocumentId, int TextVersion, LocalDate PreviousValidTo, LocalDate NewValidTo,
    DecisionReference Decision, bool WithEditorialChanges, string? Note, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.ValidityPeriods.Add(new ValidityPeriod(TextVersion, PreviousValidTo.PlusDays(1), NewValidTo,
            ValidityBasis.Extension, Decision, WithEditorialChanges)
        {
            FromPrecision = document.ValidToPrecision,
            ToPrecision = Precision.Of("newValidTo"),
        });
        document.ValidTo = NewValidTo;
        document.ValidToPrecision = Precision.Of("newValidTo");
        document.ExtensionCount++;
        document.Touch(Recorded, Decision);
    }

    public EventDescription Describe() => new EventDescription("Förlängt", EventDescription.Join(
            $"Slutdatum {EventDescription.Date(PreviousValidTo)} → {EventDescription.Date(NewValidTo)}, {Decision}",
            WithEditorialChanges ? "med redaktionella ändringar" : null, Note),
        Decision.MeetingDate)
    {
        Decision = new DecisionFact("Extension", Decision, $"förlängs till {EventDescription.Date(NewValidTo)}", TextVersion: TextVersion),
    }
        .From(Source, Note, Precision, null) with
    { BusinessDatePrecision = Decision.MeetingDatePrecision ?? DatePrecision.Day };
}
