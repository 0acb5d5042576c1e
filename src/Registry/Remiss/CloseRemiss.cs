using NodaTime;
using Registry.Documents;

namespace Registry.Remiss;

public sealed record CloseRemiss(LocalDate ClosedOn) : IDocumentCommand
{
    public IEnumerable<object> Decide(Styrdokument document, CommandContext context)
    {
        var open = ConsultationRules.RequireOpen(document);
        Rule.Require(ClosedOn >= open.SentOn,
            $"Remissen kan inte stängas före utskicksdatumet {open.SentOn:yyyy-MM-dd}.", "closedOn");
        yield return new RemissClosed(document.Id, open.Number, ClosedOn, context.Recorded);
    }
}

public sealed record RemissClosed(Guid DocumentId, int Number, LocalDate ClosedOn, Recorded Recorded) : IDocumentEvent;
