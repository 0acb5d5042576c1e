namespace Registry.Termination;

/// <summary>The document is replaced by another styrdokument.</summary>
public sealed record Supersede(Guid SupersededById, LocalDate SupersededOn, DecisionReference? Decision = null, Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null)
    : IDocumentCommand, IReferencesDocuments
{
    public static readonly LifecycleStep Step = new("supersede", typeof(Supersede), "Registrera att dokumentet ersatts",
        "Det är registrerat att dokumentet ersatts.")
    {
        Refusal = Rule.RefuseTerminal,
        Inputs = new Dictionary<string, StepInput>
        {
            ["supersededById"] = new("Ersätts av"),
            ["supersededOn"] = new("Ersatt den"),
        },
    };

    public IEnumerable<DocumentReference> ReferencedDocuments => [new DocumentReference(SupersededById, "supersededById")];

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("supersededOn", SupersededOn));
        Rule.Require(SupersededById != document.Id, "Ett dokument kan inte ersätta sig självt.", "supersededById");
        Rule.Require(document.ValidFrom is not { } from || SupersededOn > from,
            $"Dokumentet kan inte ersättas innan det har trätt i kraft ({document.ValidFrom:yyyy-MM-dd}).", "supersededOn");
        yield return new DocumentSuperseded(document.Id, SupersededById, SupersededOn, Rule.OptionalDecision(Decision),
            context.Recorded, given.Source, given.Note, given.Precision);
    }
}

public sealed record DocumentSuperseded(Guid DocumentId, Guid SupersededById, LocalDate SupersededOn,
    DecisionReference? Decision, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        if (document.ValidFrom is not null) document.EndValidityBefore(SupersededOn);
        document.SupersededBy = SupersededById;
        document.Status = DocumentStatus.Superseded;
        document.Touch(Recorded, Decision);
    }

    public EventDescription Describe() =>
        new EventDescription("Ersatt", EventDescription.Join($"Ersatt {EventDescription.Date(SupersededOn)}", Decision?.ToString()), SupersededOn)
        {
            Decision = Decision is null ? null : new DecisionFact("Supersession", Decision, $"ersätts av {SupersededById}"),
        }
        .From(Source, Note, Precision, "supersededOn");
}
