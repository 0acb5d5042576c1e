using NodaTime;
using Registry.Documents;

namespace Registry.Remiss;

/// <summary>Send the draft (or a pending revision) on remiss. No recipients means all 49 municipalities and VGR.</summary>
public sealed record SendRemiss(LocalDate SentOn, LocalDate ResponseDeadline, IReadOnlyList<string>? Recipients = null,
    string? Subject = null) : IDocumentCommand
{
    public IEnumerable<object> Decide(Styrdokument document, CommandContext context)
    {
        Rule.Require(document.Status.IsBeforeEntryIntoForce() || document.PendingRevision is not null,
            "Remiss kan bara skickas för ett utkast eller en pågående revidering.", "status");
        Rule.Require(document.OpenConsultation is null,
            "Det finns redan en öppen remiss. Stäng den innan en ny skickas.", "status");
        Rule.Require(ResponseDeadline >= SentOn,
            "Sista svarsdag kan inte ligga före datumet då remissen skickas.", "responseDeadline");
        var recipients = ResolveRecipients();
        yield return new RemissSent(document.Id, document.Consultations.Count + 1, document.AdoptionTargetVersion,
            Subject?.Trim(), SentOn, ResponseDeadline, recipients, context.Recorded);
    }

    private List<string> ResolveRecipients()
    {
        if (Recipients is null || Recipients.Count == 0) return [.. Parties.All];
        var names = Recipients.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => Parties.Find(r) ?? r.Trim());
        return names.Distinct().ToList();
    }
}

public sealed record RemissSent(Guid DocumentId, int Number, int TextVersion, string? Subject, LocalDate SentOn,
    LocalDate ResponseDeadline, IReadOnlyList<string> Recipients, Recorded Recorded) : IDocumentEvent;
