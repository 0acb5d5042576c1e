using NodaTime;
using Registry.Documents;

namespace Registry.Validity;

/// <summary>Förlängning: move the end date of a document in force, on a decision.</summary>
public sealed record ExtendDocument(LocalDate NewValidTo, DecisionReference? Decision = null, bool WithEditorialChanges = false,
    string? Note = null) : IDocumentCommand
{
    public IEnumerable<object> Decide(Styrdokument document, CommandContext context)
    {
        Rule.Require(document.Status == DocumentStatus.InForce, document.Status switch
        {
            DocumentStatus.Expired => "Dokumentet har upphört och kan inte förlängas.",
            DocumentStatus.Withdrawn => "Dokumentet är återkallat och kan inte förlängas.",
            DocumentStatus.Superseded => "Dokumentet är ersatt av ett annat och kan inte förlängas.",
            DocumentStatus.NoticeGiven => "Dokumentet är uppsagt och kan inte förlängas.",
            _ => "Endast ett gällande dokument kan förlängas.",
        }, "status");
        var decision = Rule.RequireDecision(Decision);
        Rule.Require(document.ValidTo is not null,
            "Dokumentet gäller tills vidare och har inget slutdatum att förlänga.", "newValidTo");
        var currentEnd = document.ValidTo!.Value;
        Rule.Require(NewValidTo > currentEnd,
            $"Det nya slutdatumet måste ligga efter nuvarande slutdatum {currentEnd:yyyy-MM-dd}.", "newValidTo");
        Rule.Require(decision.MeetingDate <= currentEnd,
            $"Beslutet ({decision.MeetingDate:yyyy-MM-dd}) fattades efter att dokumentet upphört ({currentEnd:yyyy-MM-dd}); " +
            "ett upphört dokument kan inte förlängas.", "decision.meetingDate");
        yield return new DocumentExtended(document.Id, document.TextVersion, currentEnd, NewValidTo, decision,
            WithEditorialChanges, Note?.Trim(), context.Recorded);
    }
}

public sealed record DocumentExtended(Guid DocumentId, int TextVersion, LocalDate PreviousValidTo, LocalDate NewValidTo,
    DecisionReference Decision, bool WithEditorialChanges, string? Note, Recorded Recorded) : IDocumentEvent;
