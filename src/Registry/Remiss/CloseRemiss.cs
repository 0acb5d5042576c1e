namespace Registry.Remiss;

public sealed record CloseRemiss(LocalDate ClosedOn, Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("close-remiss", typeof(CloseRemiss), "Stäng remissen", "Remissen är stängd.")
    {
        Refusal = ConsultationRules.RefuseWithoutOpenRemiss,
        Inputs = new Dictionary<string, StepInput> { ["closedOn"] = new("Stängd den") },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("closedOn", ClosedOn));
        var open = document.OpenConsultation!;
        Rule.Require(ClosedOn >= open.SentOn,
            $"Remissen kan inte stängas före utskicksdatumet {open.SentOn:yyyy-MM-dd}.", "closedOn");
        yield return new RemissClosed(document.Id, open.Number, ClosedOn, context.Recorded, given.Source, given.Note, given.Precision);
    }
}

public sealed record RemissClosed(Guid DocumentId, int Number, LocalDate ClosedOn, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.ReplaceConsultation(Number, c => c with { ClosedOn = ClosedOn });
        if (document.Status == DocumentStatus.InConsultation) document.Status = document.StatusBeforeEntryIntoForce();
        document.Touch(Recorded);
    }

    public EventDescription Describe() =>
        new EventDescription("Remissen stängd", $"Remiss {Number} stängd {EventDescription.Date(ClosedOn)}", ClosedOn)
        .From(Source, Note, Precision, "closedOn");
}
