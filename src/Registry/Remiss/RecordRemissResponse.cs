using NodaTime;
using Registry.Documents;

namespace Registry.Remiss;

public sealed record RecordRemissResponse(string Recipient, ResponseStance Stance, LocalDate RespondedOn) : IDocumentCommand
{
    public IEnumerable<object> Decide(Styrdokument document, CommandContext context)
    {
        var open = ConsultationRules.RequireOpen(document);
        var name = Rule.RequireText(Recipient, "recipient", "Remissinstans");
        var recipient = open.Recipients.FirstOrDefault(r => r.Equals(Parties.Find(name) ?? name, StringComparison.OrdinalIgnoreCase));
        Rule.Require(recipient is not null, $"\"{name}\" är inte mottagare av remissen.", "recipient");
        Rule.Require(open.Responses.All(r => r.Recipient != recipient),
            $"Remissvar från {recipient} är redan registrerat.", "recipient");
        Rule.Require(RespondedOn >= open.SentOn,
            $"Svarsdatum kan inte ligga före remissens utskicksdatum {open.SentOn:yyyy-MM-dd}.", "respondedOn");
        yield return new RemissResponseRecorded(document.Id, open.Number, recipient!, Stance, RespondedOn, context.Recorded);
    }
}

public sealed record RemissResponseRecorded(Guid DocumentId, int Number, string Recipient, ResponseStance Stance,
    LocalDate RespondedOn, Recorded Recorded) : IDocumentEvent;
