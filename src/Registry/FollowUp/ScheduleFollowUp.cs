namespace Registry.FollowUp;

/// <summary>Plan an uppföljning, utvärdering or avstämning of the document, once or recurring ("årsvis").</summary>
public sealed record ScheduleFollowUp(FollowUpKind Kind, LocalDate DueOn, string? Description = null,
    string? FollowUpKey = null, Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null,
    int? IntervalMonths = null, LocalDate? RepeatUntil = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("schedule-follow-up", typeof(ScheduleFollowUp), "Planera uppföljning", "Uppföljningen är planerad.")
    {
        Refusal = Rule.RefuseTerminal,
        Inputs = new Dictionary<string, StepInput>
        {
            ["kind"] = new("Typ"),
            ["dueOn"] = new("Senast"),
            ["description"] = new("Beskrivning"),
            ["followUpKey"] = new("Uppföljning", "Lämna tomt för att få en nyckel automatiskt."),
            ["intervalMonths"] = new("Återkommer var …:e månad", "T.ex. 12 för årsvis. Lämna tomt för en enstaka uppföljning."),
            ["repeatUntil"] = new("Återkommer till och med", "Lämna tomt om uppföljningen återkommer tills vidare."),
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("dueOn", DueOn), ("repeatUntil", RepeatUntil));
        Rule.Require(Enum.IsDefined(Kind), "Okänd typ av uppföljning.", "kind");
        Rule.Require(IntervalMonths is null or (>= 1 and <= 120), "Intervallet ska vara mellan 1 och 120 månader.", "intervalMonths");
        Rule.Require(RepeatUntil is null || IntervalMonths is not null,
            "Ett slutdatum för upprepningen kräver ett intervall.", "repeatUntil");
        Rule.Require(RepeatUntil is not { } until || until >= DueOn,
            "Upprepningen kan inte sluta före den första uppföljningen.", "repeatUntil");
        var key = string.IsNullOrWhiteSpace(FollowUpKey) ? $"uppfoljning-{document.FollowUps.Count + 1}" : FollowUpKey.Trim();
        Rule.Require(document.FollowUps.All(f => f.Key != key), $"Uppföljningen \"{key}\" finns redan.", "followUpKey");
        yield return new FollowUpScheduled(document.Id, key, Kind, DueOn, Description?.Trim() ?? "", context.Recorded, given.Source, given.Note, given.Precision)
        {
            Recurrence = IntervalMonths is { } months ? new FollowUpRecurrence(months, RepeatUntil) : null,
        };
    }
}

public sealed record FollowUpScheduled(Guid DocumentId, string FollowUpKey, FollowUpKind Kind, LocalDate DueOn,
    string Description, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    /// <summary>A recurring follow-up; on a later occurrence (planned when the previous one was done) with its series key.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FollowUpRecurrence? Recurrence { get; init; }

    public void Apply(Styrdokument document)
    {
        document.FollowUps.Add(new FollowUpItem(FollowUpKey, Kind, DueOn, Description, null, null) { Recurrence = Recurrence });
        document.Touch(Recorded);
    }

    public EventDescription Describe() => new EventDescription("Uppföljning planerad",
        EventDescription.Join($"{Kind.Label()} senast {EventDescription.Date(DueOn)}", Description, Recurrence?.ToString()), DueOn)
        .From(Source, Note, Precision, "dueOn");
}
