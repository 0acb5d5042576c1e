using NodaTime;
using Registry.Documents;

namespace Registry.FollowUp;

public sealed record CompleteFollowUp(string FollowUpKey, LocalDate CompletedOn, string? Note = null) : IDocumentCommand
{
    public IEnumerable<object> Decide(Styrdokument document, CommandContext context)
    {
        var key = Rule.RequireText(FollowUpKey, "followUpKey", "Uppföljning");
        var followUp = document.FollowUps.FirstOrDefault(f => f.Key == key);
        Rule.Require(followUp is not null, $"Uppföljningen \"{key}\" finns inte.", "followUpKey");
        Rule.Require(followUp!.CompletedOn is null, $"Uppföljningen \"{key}\" är redan genomförd.", "followUpKey");
        yield return new FollowUpCompleted(document.Id, key, CompletedOn, Note?.Trim(), context.Recorded);
    }
}

public sealed record FollowUpCompleted(Guid DocumentId, string FollowUpKey, LocalDate CompletedOn, string? Note,
    Recorded Recorded) : IDocumentEvent;
