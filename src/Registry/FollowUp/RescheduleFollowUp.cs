using System.Text.Json.Serialization;
using NodaTime;
using Registry.Documents;
using Registry.Provenance;

namespace Registry.FollowUp;

/// <summary>Move a planned follow-up to another date, for a stated reason ("2026 känns mer relevant").</summary>
public sealed record RescheduleFollowUp(string FollowUpKey, LocalDate NewDueOn, string Reason, Source? Source = null,
    string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("reschedule-follow-up", typeof(RescheduleFollowUp), "Planera om uppföljning",
        "Uppföljningen har fått ett nytt datum.")
    {
        Help = "Flyttar en planerad uppföljning och anger varför. Gäller även när dokumentet har upphört: uppföljningen finns kvar tills den är gjord.",
        // Like completing one: an obligation outlives the document's end.
        Refusal = d => Rule.RefuseIf(d.FollowUps.All(f => f.CompletedOn is not null),
            "Dokumentet har ingen planerad uppföljning som återstår.", "followUpKey"),
        Inputs = new Dictionary<string, StepInput>
        {
            ["newDueOn"] = new("Nytt datum"),
            ["reason"] = new("Skäl", "Varför uppföljningen flyttas, t.ex. \"2026 känns mer relevant\"."),
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("newDueOn", NewDueOn));
        var followUp = FollowUpRules.OpenFollowUp(document, FollowUpKey);
        var key = followUp.Key;
        Rule.Require(NewDueOn != followUp.DueOn, "Det nya datumet är samma som det planerade.", "newDueOn");
        var reason = Rule.RequireText(Reason, "reason", "Skäl");
        yield return new FollowUpRescheduled(document.Id, key, followUp.DueOn, NewDueOn, reason, context.Recorded,
            given.Source, given.Note, given.Precision);
    }
}

public sealed record FollowUpRescheduled(Guid DocumentId, string FollowUpKey, LocalDate PreviousDueOn, LocalDate NewDueOn,
    string Reason, Recorded Recorded,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        var index = document.FollowUps.FindIndex(f => f.Key == FollowUpKey);
        var followUp = document.FollowUps[index];
        document.FollowUps[index] = followUp with
        {
            DueOn = NewDueOn,
            OriginalDueOn = followUp.OriginalDueOn ?? PreviousDueOn,
            RescheduleReason = Reason,
        };
        document.Touch(Recorded);
    }

    public EventDescription Describe() => new EventDescription("Uppföljning omplanerad", EventDescription.Join(
            $"{FollowUpKey}: {EventDescription.Date(PreviousDueOn)} → {EventDescription.Date(NewDueOn)}", Reason), NewDueOn)
        .From(Source, Note, Precision, "newDueOn");
}
