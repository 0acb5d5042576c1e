namespace Registry.Adoption;

/// <summary>A party (VGR or a municipality) decides to adopt the document (beslut hos huvudmännen).</summary>
public sealed record Adopt(string Party, LocalDate DecidedOn, DecisionReference? Decision = null, Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("adopt", typeof(Adopt), "Registrera beslut hos huvudman", "Beslutet hos huvudmannen är registrerat.")
    {
        Help = "Regionen eller en kommun beslutar att anta dokumentet.",
        Refusal = Rule.RefuseTerminal,
        Inputs = new Dictionary<string, StepInput> { ["decidedOn"] = new("Beslutsdatum") },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("decidedOn", DecidedOn));
        var party = Parties.Require(Party);
        var version = document.AdoptionTargetVersion;
        Rule.Require(document.Adoptions.All(a => a.Party != party || a.TextVersion != version),
            $"{party} har redan antagit version {version} av dokumentet.", "party");
        yield return new DocumentAdopted(document.Id, party, DecidedOn, Rule.OptionalDecision(Decision), version,
            context.Recorded, given.Source, given.Note, given.Precision);
    }
}

public sealed record DocumentAdopted(Guid DocumentId, string Party, LocalDate DecidedOn, DecisionReference? Decision,
    int TextVersion, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.Adoptions.Add(new AdoptionRecord(Party, DecidedOn, Decision, TextVersion));
        if (document.Status.IsBeforeEntryIntoForce()) document.Status = DocumentStatus.Adopted;
        document.Touch(Recorded, Decision);
    }

    public EventDescription Describe() => new EventDescription("Beslut hos huvudman",
        EventDescription.Join($"{Party} antog version {TextVersion} {EventDescription.Date(DecidedOn)}", Decision?.ToString()),
        DecidedOn)
    {
        Decision = new DecisionFact("Adoption", Decision ?? new DecisionReference(Party, DecidedOn), "antar", Party, TextVersion),
    }
        .From(Source, Note, Precision, "decidedOn");
}

public sealed record AdoptionRecord(string Party, LocalDate DecidedOn, DecisionReference? Decision, int TextVersion);
