using NodaTime;
using Registry.Documents;

namespace Registry.FollowUp;

/// <summary>Plan an uppföljning, utvärdering or avstämning of the document.</summary>
public sealed record ScheduleFollowUp(FollowUpKind Kind, LocalDate DueOn, string? Description = null,
    string? FollowUpKey = null) : IDocumentCommand
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
        Rule.Require(Enum.IsDefined(Kind), "Okänd typ av uppföljning.", "kind");
        var key = string.IsNullOrWhiteSpace(FollowUpKey) ? $"uppfoljning-{document.FollowUps.Count + 1}" : FollowUpKey.Trim();
        Rule.Require(document.FollowUps.All(f => f.Key != key), $"Uppföljningen \"{key}\" finns redan.", "followUpKey");
        yield return new FollowUpScheduled(document.Id, key, Kind, DueOn, Description?.Trim() ?? "", context.Recorded);
    }
}

public sealed record FollowUpScheduled(Guid DocumentId, string FollowUpKey, FollowUpKind Kind, LocalDate DueOn,
    string Description, Recorded Recorded) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.FollowUps.Add(new FollowUpItem(FollowUpKey, Kind, DueOn, Description, null, null));
        document.Touch(Recorded);
    }

    public EventDescription Describe() => new("Uppföljning planerad",
        EventDescription.Join($"{Kind.Label()} senast {EventDescription.Date(DueOn)}", Description), DueOn);
}
