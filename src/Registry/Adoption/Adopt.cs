using NodaTime;
using Registry.Documents;

namespace Registry.Adoption;

/// <summary>A party (VGR or a municipality) decides to adopt the document (beslut hos huvudmännen).</summary>
public sealed record Adopt(string Party, LocalDate DecidedOn, DecisionReference? Decision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("adopt", typeof(Adopt), "Registrera beslut hos huvudman", "Beslutet hos huvudmannen är registrerat.")
    {
        Help = "Regionen eller en kommun beslutar att anta dokumentet.",
        Refusal = Rule.RefuseTerminal,
        Inputs = new Dictionary<string, StepInput> { ["decidedOn"] = new("Beslutsdatum") },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        Step.RequireApplicable(document);
        var party = Parties.Require(Party);
        var version = document.AdoptionTargetVersion;
        Rule.Require(document.Adoptions.All(a => a.Party != party || a.TextVersion != version),
            $"{party} har redan antagit version {version} av dokumentet.", "party");
        yield return new DocumentAdopted(document.Id, party, DecidedOn, Rule.OptionalDecision(Decision), version,
            context.Recorded);
    }
}

public sealed record DocumentAdopted(Guid DocumentId, string Party, LocalDate DecidedOn, DecisionReference? Decision,
    int TextVersion, Recorded Recorded) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.Adoptions.Add(new AdoptionRecord(Party, DecidedOn, Decision, TextVersion));
        if (document.Status.IsBeforeEntryIntoForce()) document.Status = DocumentStatus.Adopted;
        document.Touch(Recorded, Decision);
    }

    public EventDescription Describe() => new("Beslut hos huvudman",
        EventDescription.Join($"{Party} antog version {TextVersion} {EventDescription.Date(DecidedOn)}", Decision?.ToString()),
        DecidedOn)
    {
        Decision = new DecisionFact("Adoption", Decision ?? new DecisionReference(Party, DecidedOn), "antar", Party, TextVersion),
    };
}

public sealed record AdoptionRecord(string Party, LocalDate DecidedOn, DecisionReference? Decision, int TextVersion);
