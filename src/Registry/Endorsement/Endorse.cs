namespace Registry.Endorsement;

/// <summary>A ställningstagande by SRO, VVG or another body at a dated meeting, under an agenda item.</summary>
public sealed record Endorse(EndorsementOutcome Outcome, DecisionReference? Decision = null, string? Presenter = null,
    string? Note = null, Source? Source = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null,
    string? Wording = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("endorse", typeof(Endorse), "Registrera ställningstagande", "Ställningstagandet är registrerat.")
    {
        Help = "SRO:s eller VVG:s ställningstagande vid ett möte, under en punkt.",
        Refusal = Rule.RefuseTerminal,
        RequiredInputs = ["decision"],
        Inputs = new Dictionary<string, StepInput>
        {
            ["outcome"] = new("Ställningstagande"),
            ["presenter"] = new("Föredragande"),
            ["wording"] = new("Ordalydelse", "Ställningstagandet som anteckningarna skriver det, t.ex. \"SRO ställer sig bakom …\"."),
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision);
        var decision = Rule.RequireDecision(Decision);
        Rule.Require(Enum.IsDefined(Outcome), "Okänt utfall av ställningstagandet.", "outcome");
        yield return new DocumentEndorsed(document.Id, decision, Outcome, Presenter?.Trim(), Note?.Trim(),
            document.AdoptionTargetVersion, context.Recorded, given.Source, Precision: given.Precision,
            Wording: string.IsNullOrWhiteSpace(Wording) ? null : Wording.Trim());
    }
}

public enum EndorsementOutcome
{
    /// <summary>Ställer sig bakom.</summary>
    Endorsed,

    /// <summary>Rekommenderar huvudmännen att anta.</summary>
    RecommendedToPrincipals,

    /// <summary>Noterar informationen: an information point; changes nothing.</summary>
    Noted,

    /// <summary>Avslår.</summary>
    Rejected,

    /// <summary>Rekommenderar huvudmännen att träffa avtal (an agreement each party enters).</summary>
    RecommendedToEnterAgreement,

    /// <summary>Överlämnar till huvudmännen för beslut: handed on, not decided.</summary>
    HandedToPrincipals,

    /// <summary>Återkommer / bordläggs: the point comes back at a later meeting.</summary>
    Deferred,

    /// <summary>Utgår: the point was struck from the meeting.</summary>
    Struck,
}

public static class EndorsementOutcomes
{
    /// <summary>Ställer sig bakom or recommends: the document moves on towards adoption.</summary>
    public static bool IsPositive(this EndorsementOutcome outcome) =>
        outcome is EndorsementOutcome.Endorsed or EndorsementOutcome.RecommendedToPrincipals
            or EndorsementOutcome.RecommendedToEnterAgreement or EndorsementOutcome.HandedToPrincipals;

    /// <summary>
    /// Information, deferral and struck points decide nothing: they never change a document's status or its latest
    /// decision, and only show in its history.
    /// </summary>
    public static bool IsDecision(this EndorsementOutcome outcome) => outcome.IsPositive() || outcome == EndorsementOutcome.Rejected;

    /// <summary>The outcome as the minutes word it.</summary>
    public static string Label(this EndorsementOutcome outcome) => outcome switch
    {
        EndorsementOutcome.Endorsed => "Ställer sig bakom",
        EndorsementOutcome.RecommendedToPrincipals => "Rekommenderar huvudmännen att anta",
        EndorsementOutcome.Noted => "Noterar informationen",
        EndorsementOutcome.Rejected => "Avslår",
        EndorsementOutcome.RecommendedToEnterAgreement => "Rekommenderar huvudmännen att träffa avtal",
        EndorsementOutcome.HandedToPrincipals => "Överlämnar till huvudmännen för beslut",
        EndorsementOutcome.Deferred => "Återkommer",
        EndorsementOutcome.Struck => "Utgår",
        _ => outcome.ToString(),
    };
}

public sealed record DocumentEndorsed(Guid DocumentId, DecisionReference Decision, EndorsementOutcome Outcome,
    string? Presenter, string? Note, int TextVersion, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? MeetingId = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? PositionId = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Wording = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.Endorsements.Add(new EndorsementRecord(Decision, Outcome, Presenter, Note, TextVersion) { MeetingId = MeetingId, Wording = Wording });
        if (Outcome.IsPositive() && document.Status is DocumentStatus.Draft or DocumentStatus.InConsultation)
            document.Status = DocumentStatus.Endorsed;
        document.Touch(Recorded, Outcome.IsDecision() ? Decision : null);
    }

    public EventDescription Describe() => new EventDescription("Ställningstagande",
        EventDescription.Join($"{Outcome.Label()}, {Decision}", Presenter is null ? null : "föredragande " + Presenter, Note,
            Wording is null ? null : $"”{Wording}”"),
        Decision.MeetingDate)
    {
        Decision = new DecisionFact("Endorsement", Decision, Outcome.Label().ToLowerInvariant(), TextVersion: TextVersion),
    }
        .From(Source, Note, Precision, null) with
    { BusinessDatePrecision = Decision.MeetingDatePrecision ?? DatePrecision.Day };
}

public sealed record EndorsementRecord(DecisionReference Decision, EndorsementOutcome Outcome, string? Presenter,
    string? Note, int TextVersion)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Guid? MeetingId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Wording { get; init; }
}
