namespace Registry.FollowUp;

/// <summary>Plan an uppföljning, utvärdering or avstämning of the document.</summary>
public sealed record ScheduleFollowUp(FollowUpKind Kind, LocalDate DueOn, string? Description = null,
    string? FollowUpKey = null, Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
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
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        Step.RequireApplicable(document);
        var given = StepProvenance.Check(Source, Note, Precision, ("dueOn", DueOn));
        Rule.Require(Enum.IsDefined(Kind), "Okänd typ av uppföljning.", "kind");
        var key = string.IsNullOrWhiteSpace(FollowUpKey) ? $"uppfoljning-{document.FollowUps.Count + 1}" : FollowUpKey.Trim();
        Rule.Require(document.FollowUps.All(f => f.Key != key), $"Uppföljningen \"{key}\" finns redan.", "followUpKey");
        yield return new FollowUpScheduled(document.Id, key, Kind, DueOn, Description?.Trim() ?? "", context.Recorded, given.Source, given.Note, given.Precision);
    }
}

public sealed record FollowUpScheduled(Guid DocumentId, string FollowUpKey, FollowUpKind Kind, LocalDate DueOn,
    string Description, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.FollowUps.Add(new FollowUpItem(FollowUpKey, Kind, DueOn, Description, null, null));
        document.Touch(Recorded);
    }

    public EventDescription Describe() => new EventDescription("Uppföljning planerad",
        EventDescription.Join($"{Kind.Label()} senast {EventDescription.Date(DueOn)}", Description), DueOn)
        .From(Source, Note, Precision, "dueOn");
}
