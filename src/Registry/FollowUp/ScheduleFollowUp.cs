using NodaTime;
using Registry.Documents;

namespace Registry.FollowUp;

/// <summary>Plan an uppföljning, utvärdering or avstämning of the document.</summary>
public sealed record ScheduleFollowUp(FollowUpKind Kind, LocalDate DueOn, string? Description = null,
    string? FollowUpKey = null) : IDocumentCommand
{
    public IEnumerable<object> Decide(Styrdokument document, CommandContext context)
    {
        Rule.RequireNotTerminal(document);
        Rule.Require(Enum.IsDefined(Kind), "Okänd typ av uppföljning.", "kind");
        var key = string.IsNullOrWhiteSpace(FollowUpKey) ? $"uppfoljning-{document.FollowUps.Count + 1}" : FollowUpKey.Trim();
        Rule.Require(document.FollowUps.All(f => f.Key != key), $"Uppföljningen \"{key}\" finns redan.", "followUpKey");
        yield return new FollowUpScheduled(document.Id, key, Kind, DueOn, Description?.Trim() ?? "", context.Recorded);
    }
}

public sealed record FollowUpScheduled(Guid DocumentId, string FollowUpKey, FollowUpKind Kind, LocalDate DueOn,
    string Description, Recorded Recorded) : IDocumentEvent;
