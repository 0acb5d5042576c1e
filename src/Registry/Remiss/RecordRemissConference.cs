using System.Text.Json.Serialization;
using NodaTime;
using Registry.Documents;
using Registry.Provenance;

namespace Registry.Remiss;

/// <summary>A remiss conference held for the open remiss: a dated entry, e.g. one per delregion.</summary>
public sealed record RecordRemissConference(LocalDate HeldOn, string Description, Source? Source = null, string? Note = null,
    IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("record-remiss-conference", typeof(RecordRemissConference),
        "Registrera remisskonferens", "Remisskonferensen är registrerad.")
    {
        Refusal = ConsultationRules.RefuseWithoutOpenRemiss,
        Inputs = new Dictionary<string, StepInput>
        {
            ["heldOn"] = new("Datum"),
            ["description"] = new("Konferens", "T.ex. \"Remisskonferens för Fyrbodal\"."),
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("heldOn", HeldOn));
        var open = document.OpenConsultation!;
        var description = Rule.RequireText(Description, "description", "Konferens");
        Rule.Require(HeldOn >= open.SentOn,
            $"Remisskonferensen kan inte ha hållits före remissens utskicksdatum {open.SentOn:yyyy-MM-dd}.", "heldOn");
        yield return new RemissConferenceRecorded(document.Id, open.Number, HeldOn, description, context.Recorded,
            given.Source, given.Note, given.Precision);
    }
}

public sealed record RemissConferenceRecorded(Guid DocumentId, int Number, LocalDate HeldOn, string Description, Recorded Recorded,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.ReplaceConsultation(Number, c => c with
        {
            Conferences = [.. c.Conferences ?? [], new RemissConference(HeldOn, Description, Precision.Of("heldOn"))],
        });
        document.Touch(Recorded);
    }

    public EventDescription Describe() => new EventDescription("Remisskonferens",
            $"Remiss {Number}: {Description} ({EventDescription.Date(HeldOn, Precision.Of("heldOn"))})", HeldOn)
        .From(Source, Note, Precision, "heldOn");
}
