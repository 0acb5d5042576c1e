using System.Text.Json.Serialization;
using NodaTime;
using Registry.Documents;
using Registry.Provenance;

namespace Registry.Validity;

/// <summary>
/// A huvudman's decision on a proposed extension, or one decision taken with mandate for all. The decision that
/// completes the requirement moves the end date, with the same effect as a decided extension (<see cref="DocumentExtended"/>).
/// </summary>
public sealed record DecideExtension(LocalDate DecidedOn, string? Party = null, DecisionReference? Decision = null,
    bool WithMandate = false, Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("decide-extension", typeof(DecideExtension), "Registrera beslut om föreslagen förlängning",
        "Beslutet om förlängningen är registrerat.")
    {
        Help = "En huvudmans beslut om den föreslagna förlängningen, eller ett beslut med mandat för alla. När alla beslut som krävs finns flyttas slutdatumet.",
        Refusal = d => Rule.RefuseTerminal(d) ?? Rule.RefuseIf(d.ProposedExtension is null, "Ingen förlängning är föreslagen."),
        Inputs = new Dictionary<string, StepInput>
        {
            ["decidedOn"] = new("Beslutsdatum"),
            ["withMandate"] = new("Beslut med mandat för alla", "Ett beslut som ensamt räcker, t.ex. av ett organ med mandat från huvudmännen."),
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("decidedOn", DecidedOn));
        var proposal = document.ProposedExtension!;
        var decision = WithMandate ? Rule.RequireDecision(Decision) : Rule.OptionalDecision(Decision);
        var party = WithMandate && string.IsNullOrWhiteSpace(Party) ? null : Parties.Require(Party);
        if (!WithMandate)
        {
            Rule.Require(proposal.RequiredParties.Count > 0,
                "Förslaget kräver inga beslut av enskilda huvudmän: registrera beslutet med mandat.", "withMandate");
            Rule.Require(proposal.RequiredParties.Contains(party!), $"{party} är inte en av huvudmännen som ska besluta om förlängningen.", "party");
            Rule.Require(proposal.DecisionOf(party!) is null, $"{party} har redan beslutat om förlängningen.", "party");
        }
        Rule.Require(DecidedOn >= proposal.Proposal.MeetingDate,
            $"Beslutet kan inte ligga före förslaget ({proposal.Proposal.MeetingDate:yyyy-MM-dd}).", "decidedOn");
        var completes = WithMandate || proposal.MissingParties.All(p => p == party);
        yield return new ExtensionDecided(document.Id, party, DecidedOn, decision, WithMandate, completes, context.Recorded,
            given.Source, given.Note, given.Precision);
        if (!completes) yield break;

        var currentEnd = document.ValidTo!.Value;
        Rule.Require(proposal.NewValidTo > currentEnd,
            $"Det föreslagna slutdatumet {proposal.NewValidTo:yyyy-MM-dd} ligger inte längre efter nuvarande slutdatum {currentEnd:yyyy-MM-dd}.", "decidedOn");
        yield return new DocumentExtended(document.Id, proposal.TextVersion, currentEnd, proposal.NewValidTo,
            decision ?? new DecisionReference(party!, DecidedOn), proposal.WithEditorialChanges, $"föreslagen {proposal.Proposal}",
            context.Recorded, given.Source,
            proposal.NewValidToPrecision == DatePrecision.Day ? null : new Dictionary<string, DatePrecision> { ["newValidTo"] = proposal.NewValidToPrecision });
    }
}

public sealed record ExtensionDecided(Guid DocumentId, string? Party, LocalDate DecidedOn, DecisionReference? Decision,
    bool WithMandate, bool CompletesProposal, Recorded Recorded,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        var proposal = document.ProposedExtension!;
        proposal.Decisions.Add(new ExtensionDecision(Party, DecidedOn, Decision, WithMandate));
        if (CompletesProposal) document.ProposedExtension = null;
        document.Touch(Recorded, Decision);
    }

    public EventDescription Describe() => new EventDescription("Beslut om förlängning", EventDescription.Join(
            $"{Party ?? Decision?.Body} beslutade om förlängningen {EventDescription.Date(DecidedOn)}",
            WithMandate ? "med mandat för alla" : null, Decision?.ToString(),
            CompletesProposal ? "alla beslut som krävs finns" : null),
        DecidedOn)
    {
        Decision = new DecisionFact("ExtensionDecision", Decision ?? new DecisionReference(Party ?? "", DecidedOn), "beslutar om förlängning", Party),
    }
        .From(Source, Note, Precision, "decidedOn");
}
