using NodaTime;
using Registry.Documents;

namespace Registry.Adoption;

/// <summary>A party (VGR or a municipality) decides to adopt the document (beslut hos huvudmännen).</summary>
public sealed record Adopt(string Party, LocalDate DecidedOn, DecisionReference? Decision = null) : IDocumentCommand
{
    public IEnumerable<object> Decide(Styrdokument document, CommandContext context)
    {
        Rule.RequireNotTerminal(document);
        var name = Rule.RequireText(Party, "party", "Part");
        var party = Parties.Find(name);
        Rule.Require(party is not null,
            $"\"{name}\" är inte en huvudman: ange Västra Götalandsregionen eller en av de 49 kommunerna.", "party");
        var version = document.AdoptionTargetVersion;
        Rule.Require(document.Adoptions.All(a => a.Party != party || a.TextVersion != version),
            $"{party} har redan antagit version {version} av dokumentet.", "party");
        yield return new DocumentAdopted(document.Id, party!, DecidedOn, Rule.OptionalDecision(Decision), version,
            context.Recorded);
    }
}

public sealed record DocumentAdopted(Guid DocumentId, string Party, LocalDate DecidedOn, DecisionReference? Decision,
    int TextVersion, Recorded Recorded) : IDocumentEvent;

public sealed record AdoptionRecord(string Party, LocalDate DecidedOn, DecisionReference? Decision, int TextVersion);
