namespace Registry.Remiss;

public sealed record ChangeRemissDeadline(LocalDate NewDeadline, string? Reason = null, Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("change-remiss-deadline", typeof(ChangeRemissDeadline),
        "Ändra sista svarsdag för remissen", "Den nya svarsdagen är registrerad.")
    {
        Refusal = ConsultationRules.RefuseWithoutOpenRemiss,
        Inputs = new Dictionary<string, StepInput> { ["newDeadline"] = new("Ny sista svarsdag") },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("newDeadline", NewDeadline));
        var open = document.OpenConsultation!;
        Rule.Require(NewDeadline >= open.SentOn,
            $"Sista svarsdag kan inte ligga före remissens utskicksdatum {open.SentOn:yyyy-MM-dd}.", "newDeadline");
        Rule.Require(NewDeadline != open.ResponseDeadline, "Den nya svarsdagen är samma som den nuvarande.", "newDeadline");
        yield return new RemissDeadlineChanged(document.Id, open.Number, open.ResponseDeadline, NewDeadline,
            Reason?.Trim(), context.Recorded, given.Source, given.Note, given.Precision);
    }
}

public sealed record RemissDeadlineChanged(Guid DocumentId, int Number, LocalDate PreviousDeadline, LocalDate NewDeadline,
    string? Reason, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.ReplaceConsultation(Number, c => c with { ResponseDeadline = NewDeadline });
        document.Touch(Recorded);
    }

    public EventDescription Describe() => new EventDescription("Remisstiden ändrad", EventDescription.Join(
        $"Remiss {Number}: sista svarsdag {EventDescription.Date(PreviousDeadline)} → {EventDescription.Date(NewDeadline)}", Reason))
        .From(Source, Note, Precision, null);
}
