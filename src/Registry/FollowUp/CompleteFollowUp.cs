using static Registry.FollowUp.FollowUpRules;

namespace Registry.FollowUp;

public sealed record CompleteFollowUp(string FollowUpKey, LocalDate CompletedOn, string? Note = null, Source? Source = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("complete-follow-up", typeof(CompleteFollowUp), "Registrera genomförd uppföljning",
        "Uppföljningen är registrerad som genomförd.")
    {
        Refusal = d => Rule.RefuseIf(d.FollowUps.All(f => f.CompletedOn is not null),
            "Dokumentet har ingen planerad uppföljning som återstår.", "followUpKey"),
        Inputs = new Dictionary<string, StepInput> { ["completedOn"] = new("Genomförd den") },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("completedOn", CompletedOn));
        var followUp = OpenFollowUp(document, FollowUpKey);
        var key = followUp.Key;
        yield return new FollowUpCompleted(document.Id, key, CompletedOn, Note?.Trim(), context.Recorded, given.Source, Precision: given.Precision);
        // A recurring follow-up is an obligation that goes on: its next occurrence is planned as this one is done.
        if (followUp.NextDueOn is { } next)
        {
            var series = followUp.Recurrence!.SeriesKey ?? followUp.Key;
            var number = document.FollowUps.Count(f => f.Key == series || f.Recurrence?.SeriesKey == series) + 1;
            while (document.FollowUps.Any(f => f.Key == $"{series}-{number}")) number++;
            yield return new FollowUpScheduled(document.Id, $"{series}-{number}", followUp.Kind, next, followUp.Description,
                context.Recorded, given.Source)
            {
                Recurrence = followUp.Recurrence with { SeriesKey = series },
            };
        }
    }
}

public sealed record FollowUpCompleted(Guid DocumentId, string FollowUpKey, LocalDate CompletedOn, string? Note,
    Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        var index = document.FollowUps.FindIndex(f => f.Key == FollowUpKey);
        document.FollowUps[index] = document.FollowUps[index] with { CompletedOn = CompletedOn, Note = Note };
        document.Touch(Recorded);
    }

    public EventDescription Describe() =>
        new EventDescription("Uppföljning genomförd", EventDescription.Join($"{FollowUpKey} genomförd {EventDescription.Date(CompletedOn)}", Note), CompletedOn)
        .From(Source, Note, Precision, "completedOn");
}

internal static class FollowUpRules
{
    /// <summary>The follow-up named in <c>followUpKey</c>, which must exist and not be done yet.</summary>
    public static FollowUpItem OpenFollowUp(Styrdokument document, string? followUpKey)
    {
        var key = Rule.RequireText(followUpKey, "followUpKey", "Uppföljning");
        var followUp = document.FollowUps.FirstOrDefault(f => f.Key == key);
        Rule.Require(followUp is not null, $"Uppföljningen \"{key}\" finns inte.", "followUpKey");
        Rule.Require(followUp!.CompletedOn is null, $"Uppföljningen \"{key}\" är redan genomförd.", "followUpKey");
        return followUp;
    }
}
