using NodaTime;
using Registry.Documents;

namespace Registry.Termination;

/// <summary>Uppsägning: a party gives notice; the agreement ends when the notice period has run out.</summary>
public sealed record GiveNotice(string Party, LocalDate GivenOn, DecisionReference? Decision = null) : IDocumentCommand
{
    public IEnumerable<object> Decide(Styrdokument document, CommandContext context)
    {
        Rule.Require(document.Status == DocumentStatus.InForce,
            $"Endast ett gällande avtal kan sägas upp (status: {document.Status.Label()}).", "status");
        Rule.Require(document.NoticePeriodMonths is not null,
            "Dokumentet har ingen uppsägningstid och kan inte sägas upp.", "status");
        var name = Rule.RequireText(Party, "party", "Part");
        var party = Parties.Find(name);
        Rule.Require(party is not null,
            $"\"{name}\" är inte en huvudman: ange Västra Götalandsregionen eller en av de 49 kommunerna.", "party");
        Rule.Require(GivenOn >= document.ValidFrom, "Uppsägningen kan inte ligga före avtalets startdatum.", "givenOn");
        var endsOn = NoticePeriod.EndsOn(GivenOn, document.NoticePeriodMonths!.Value);
        if (document.ValidTo is { } end && end < endsOn) endsOn = end;
        yield return new NoticeGiven(document.Id, party!, GivenOn, endsOn, Rule.OptionalDecision(Decision),
            context.Recorded);
    }
}

public sealed record NoticeGiven(Guid DocumentId, string Party, LocalDate GivenOn, LocalDate EndsOn,
    DecisionReference? Decision, Recorded Recorded) : IDocumentEvent;
