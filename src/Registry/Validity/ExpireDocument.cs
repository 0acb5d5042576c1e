using NodaTime;
using Registry.Documents;

namespace Registry.Validity;

/// <summary>Record that a document has lapsed: its end date has passed without an extension.</summary>
public sealed record ExpireDocument : IDocumentCommand
{
    public IEnumerable<object> Decide(Styrdokument document, CommandContext context)
    {
        Rule.Require(document.Status.IsInForce(),
            $"Endast ett gällande dokument kan upphöra (status: {document.Status.Label()}).", "status");
        Rule.Require(document.ValidTo is { } end && end < context.Today,
            document.ValidTo is null
                ? "Dokumentet gäller tills vidare och kan inte upphöra av sig självt."
                : $"Slutdatumet {document.ValidTo:yyyy-MM-dd} har inte passerat ännu.", "validTo");
        yield return new DocumentExpired(document.Id, document.ValidTo!.Value, context.Recorded);
    }
}

public sealed record DocumentExpired(Guid DocumentId, LocalDate EndedOn, Recorded Recorded) : IDocumentEvent;
