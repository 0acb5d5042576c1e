namespace Registry.Validity;

/// <summary>
/// Villkor för upphörande: a document in force until further notice ends on a condition in words ("tills dess en ny
/// struktur finns på plats"), not on a date; a review date (omprövning) is warned about (ADR 0027). What the source
/// leaves open stays open: the review date is optional.
/// </summary>
public sealed record SetEndCondition(string? Condition, LocalDate? ReviewOn = null, DecisionReference? Decision = null,
    Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("set-end-condition", typeof(SetEndCondition), "Registrera villkor för upphörande",
        "Villkoret för upphörande är registrerat.")
    {
        Help = "För ett dokument som gäller tills vidare: villkoret i källans ord, t.ex. \"tills dess en ny struktur finns på plats\", " +
               "och ett datum då det ska omprövas (ger en varning).",
        Refusal = d =>
            Rule.RefuseIf(d.Status != DocumentStatus.InForce, $"Endast ett gällande dokument kan få ett villkor för upphörande (status: {d.Status.Label()}).")
            ?? Rule.RefuseIf(d.ValidTo is not null,
                $"Dokumentet gäller till {d.ValidTo:yyyy-MM-dd}; ett villkor för upphörande gäller bara ett dokument som gäller tills vidare.",
                "condition"),
        RequiredInputs = ["condition"],
        Inputs = new Dictionary<string, StepInput>
        {
            ["condition"] = new("Gäller tills", "Villkoret som källan skriver det, t.ex. \"tills dess en ny struktur finns på plats\"."),
            ["reviewOn"] = new("Omprövas senast", "Lämna tomt om källan inte anger när villkoret ska prövas."),
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("reviewOn", ReviewOn));
        var condition = Rule.RequireText(Condition, "condition", "Villkoret");
        Rule.Require(ReviewOn is null || document.ValidFrom is null || ReviewOn > document.ValidFrom,
            $"Omprövningen måste ligga efter startdatumet {document.ValidFrom:yyyy-MM-dd}.", "reviewOn");
        yield return new EndConditionSet(document.Id, document.TextVersion, condition, ReviewOn, Rule.OptionalDecision(Decision),
            context.Recorded, given.Source, given.Note, given.Precision);
    }
}

public sealed record EndConditionSet(Guid DocumentId, int TextVersion, string Condition, LocalDate? ReviewOn, DecisionReference? Decision,
    Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.EndCondition = new EndCondition(TextVersion, Condition, ReviewOn) { ReviewOnPrecision = Precision.Of("reviewOn") };
        document.Touch(Recorded, Decision);
    }

    public EventDescription Describe() => new EventDescription("Villkor för upphörande", EventDescription.Join(
            $"Gäller tills: {Condition}",
            ReviewOn is null ? "ingen omprövning angiven" : $"omprövas senast {EventDescription.Date(ReviewOn, Precision.Of("reviewOn"))}",
            Decision?.ToString()),
        Decision?.MeetingDate)
    {
        Decision = Decision is null ? null : new DecisionFact("EndCondition", Decision, $"gäller tills: {Condition}", TextVersion: TextVersion),
    }
        .From(Source, Note, Precision, null);
}

/// <summary>The condition in words that ends a text version in force until further notice, and when it is to be reviewed.</summary>
public sealed record EndCondition(int TextVersion, string Condition, LocalDate? ReviewOn)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DatePrecision ReviewOnPrecision { get; init; }
}

public static class EndConditions
{
    /// <summary>"Tills vidare": in force with no end date (not one the sources leave unknown).</summary>
    public static bool UntilFurtherNotice(this Styrdokument document) =>
        document.Status.IsInForce() && document.ValidTo is null && document.ValidToPrecision != DatePrecision.Unknown
        && document.CurrentRenewal() is null;

    /// <summary>The end condition of the text in force, while it has no end date; a later version or an end date replaces it.</summary>
    public static EndCondition? CurrentEndCondition(this Styrdokument document) =>
        document.EndCondition is { } condition && condition.TextVersion == document.TextVersion && document.ValidTo is null
            ? condition
            : null;
}
