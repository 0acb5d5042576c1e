using System.Text.Json.Serialization;
using NodaTime;
using Registry.Documents;
using Registry.Provenance;

namespace Registry.Validity;

/// <summary>
/// SRO or VVG backs an extension and hands it to the huvudmän ("ställer sig bakom förslag till förlängning … samt
/// överlämnar till huvudmännen för beslut"): the end date stays until the required decisions are recorded
/// (<see cref="DecideExtension"/>).
/// </summary>
public sealed record ProposeExtension(LocalDate NewValidTo, DecisionReference? Decision = null, bool WithEditorialChanges = false,
    Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("propose-extension", typeof(ProposeExtension), "Registrera föreslagen förlängning",
        "Den föreslagna förlängningen är registrerad.")
    {
        Help = "SRO eller VVG ställer sig bakom en förlängning och överlämnar den till huvudmännen. Slutdatumet flyttas först när besluten är registrerade.",
        Refusal = d => ExtendDocument.Step.Refusal(d)
            ?? Rule.RefuseIf(d.ProposedExtension is not null,
                $"En förlängning till {d.ProposedExtension?.NewValidTo:yyyy-MM-dd} är redan föreslagen och väntar på beslut."),
        RequiredInputs = ["decision"],
        Inputs = new Dictionary<string, StepInput>
        {
            ["newValidTo"] = new("Föreslaget slutdatum"),
            ["withEditorialChanges"] = new("Med redaktionella ändringar"),
        },
    };

    /// <summary>The proposal is held to the rules of a decided extension (<see cref="ExtendDocument"/>), applied once.</summary>
    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var extension = new ExtendDocument(NewValidTo, Decision, WithEditorialChanges, Note, Source, Precision)
            .Decided(document, context).OfType<DocumentExtended>().Single();
        yield return new ExtensionProposed(document.Id, extension.TextVersion, extension.PreviousValidTo, extension.NewValidTo,
            extension.Decision, extension.WithEditorialChanges, document.RequiredParties, context.Recorded, extension.Source,
            extension.Note, extension.Precision);
    }
}

public sealed record ExtensionProposed(Guid DocumentId, int TextVersion, LocalDate CurrentValidTo, LocalDate NewValidTo,
    DecisionReference Decision, bool WithEditorialChanges, IReadOnlyList<string> RequiredParties, Recorded Recorded,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.ProposedExtension = new ProposedExtension(TextVersion, NewValidTo, Precision.Of("newValidTo"), Decision,
            WithEditorialChanges, [.. RequiredParties], []);
        document.Touch(Recorded, Decision);
    }

    public EventDescription Describe() => new EventDescription("Förlängning föreslagen", EventDescription.Join(
            $"Slutdatum {EventDescription.Date(CurrentValidTo)} → {EventDescription.Date(NewValidTo, Precision.Of("newValidTo"))} föreslås, {Decision}",
            WithEditorialChanges ? "med redaktionella ändringar" : null,
            RequiredParties.Count > 0 ? $"väntar på beslut av {RequiredParties.Count} huvudmän" : "väntar på beslut med mandat"),
        Decision.MeetingDate)
    {
        Decision = new DecisionFact("ExtensionProposal", Decision, $"föreslår förlängning till {EventDescription.Date(NewValidTo)}", TextVersion: TextVersion),
    }
        .From(Source, Note, Precision, null) with
    { BusinessDatePrecision = Decision.MeetingDatePrecision ?? DatePrecision.Day };
}

/// <summary>A backed extension waiting for decisions: by each of <see cref="RequiredParties"/>, or one taken with mandate.</summary>
public sealed record ProposedExtension(int TextVersion, LocalDate NewValidTo, DatePrecision NewValidToPrecision,
    DecisionReference Proposal, bool WithEditorialChanges, List<string> RequiredParties, List<ExtensionDecision> Decisions)
{
    public IEnumerable<string> MissingParties => RequiredParties.Where(p => Decisions.All(d => d.Party != p));

    public ExtensionDecision? DecisionOf(string party) => Decisions.FirstOrDefault(d => d.Party == party);
}

public sealed record ExtensionDecision(string? Party, LocalDate DecidedOn, DecisionReference? Decision, bool WithMandate);
