using Registry.Remiss;

namespace Registry.Drafting;

/// <summary>Withdraw a document that never entered into force.</summary>
public sealed record WithdrawDraft(LocalDate WithdrawnOn, string? Reason = null, Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("withdraw", typeof(WithdrawDraft), "Återkalla dokumentet", "Dokumentet är återkallat.")
    {
        Help = "Endast ett dokument som inte har trätt i kraft kan återkallas.",
        Refusal = d => Rule.RefuseIf(!d.Status.IsBeforeEntryIntoForce(),
            $"Endast ett dokument som inte har trätt i kraft kan återkallas (status: {d.Status.Label()})."),
        Inputs = new Dictionary<string, StepInput> { ["withdrawnOn"] = new("Återkallad den") },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("withdrawnOn", WithdrawnOn));
        // A remiss still open ends with the withdrawal, so nobody is asked (or reminded) to answer it.
        if (document.OpenConsultation is { } open)
        {
            var closedOn = WithdrawnOn < open.SentOn ? open.SentOn : WithdrawnOn;
            yield return new RemissClosed(document.Id, open.Number, closedOn, context.Recorded);
        }
        yield return new DraftWithdrawn(document.Id, WithdrawnOn, Reason?.Trim(), context.Recorded, given.Source, given.Note, given.Precision);
    }
}

public sealed record DraftWithdrawn(Guid DocumentId, LocalDate WithdrawnOn, string? Reason, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.Status = DocumentStatus.Withdrawn;
        document.Touch(Recorded);
    }

    public EventDescription Describe() =>
        new EventDescription("Återkallat", EventDescription.Join(EventDescription.Date(WithdrawnOn), Reason), WithdrawnOn)
        .From(Source, Note, Precision, "withdrawnOn");
}
