using NodaTime;
using Registry.Documents;

namespace Registry.Remiss;

public sealed record ChangeRemissDeadline(LocalDate NewDeadline, string? Reason = null) : IDocumentCommand
{
    public IEnumerable<object> Decide(Styrdokument document, CommandContext context)
    {
        var open = ConsultationRules.RequireOpen(document);
        Rule.Require(NewDeadline >= open.SentOn,
            $"Sista svarsdag kan inte ligga före remissens utskicksdatum {open.SentOn:yyyy-MM-dd}.", "newDeadline");
        Rule.Require(NewDeadline != open.ResponseDeadline, "Den nya svarsdagen är samma som den nuvarande.", "newDeadline");
        yield return new RemissDeadlineChanged(document.Id, open.Number, open.ResponseDeadline, NewDeadline,
            Reason?.Trim(), context.Recorded);
    }
}

public sealed record RemissDeadlineChanged(Guid DocumentId, int Number, LocalDate PreviousDeadline, LocalDate NewDeadline,
    string? Reason, Recorded Recorded) : IDocumentEvent;
