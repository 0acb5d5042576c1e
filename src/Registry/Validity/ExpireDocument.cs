namespace Registry.Validity;

/// <summary>Record that a document has lapsed: its end date has passed without an extension.</summary>
public sealed record ExpireDocument(Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("expire", typeof(ExpireDocument), "Registrera att dokumentet upphört",
        "Det är registrerat att dokumentet upphört.")
    {
        Help = "Endast när slutdatumet har passerat utan förlängning.",
        Refusal = d =>
            Rule.RefuseIf(!d.Status.IsInForce(), $"Endast ett gällande dokument kan upphöra (status: {d.Status.Label()}).")
            ?? Rule.RefuseIf(d.ValidTo is null, "Dokumentet gäller tills vidare och kan inte upphöra av sig självt.", "validTo"),
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision);
        Rule.Require(document.ValidTo < context.Today,
            $"Slutdatumet {document.ValidTo:yyyy-MM-dd} har inte passerat ännu.", "validTo");
        yield return new DocumentExpired(document.Id, document.ValidTo!.Value, context.Recorded, given.Source, given.Note, given.Precision);
    }
}

public sealed record DocumentExpired(Guid DocumentId, LocalDate EndedOn, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.Status = DocumentStatus.Expired;
        document.Touch(Recorded);
    }

    public EventDescription Describe() => new EventDescription("Upphört", $"Upphörde efter {EventDescription.Date(EndedOn)}", EndedOn)
        .From(Source, Note, Precision, null);
}
