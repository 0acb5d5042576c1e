namespace Registry.Revision;

/// <summary>Revidering: a new text version is drafted while the current one stays in force.</summary>
public sealed record DraftRevision(string Summary, LocalDate? DraftedOn, Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("draft-revision", typeof(DraftRevision), "Påbörja revidering", "Revideringen är påbörjad.")
    {
        Help = "En ny version tas fram medan den nuvarande fortsätter att gälla.",
        Refusal = d =>
            Rule.RefuseIf(d.Status != DocumentStatus.InForce, $"Endast ett gällande dokument kan revideras (status: {d.Status.Label()}).")
            ?? Rule.RefuseIf(d.PendingRevision is not null, $"En revidering (version {d.PendingRevision?.TextVersion}) pågår redan."),
        Inputs = new Dictionary<string, StepInput>
        {
            ["summary"] = new("Vad revideras"),
            ["draftedOn"] = new("Datum", "Lämna tomt och välj precisionen Okänt om källan inte anger när revideringen påbörjades."),
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("draftedOn", DraftedOn));
        var summary = Rule.RequireText(Summary, "summary", "Beskrivning av revideringen");
        Rule.Require(DraftedOn is not null || given.Precision.Of("draftedOn") == DatePrecision.Unknown,
            "Datum måste anges, eller precisionen Okänt om källan inte anger det.", "draftedOn");
        yield return new RevisionDrafted(document.Id, document.TextVersion + 1, summary, DraftedOn, context.Recorded, given.Source, given.Note, given.Precision);
    }
}

public sealed record RevisionDrafted(Guid DocumentId, int TextVersion, string Summary, LocalDate? DraftedOn,
    Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.PendingRevision = new PendingRevision(TextVersion, Summary, DraftedOn) { DraftedOnPrecision = Precision.Of("draftedOn") };
        document.Touch(Recorded);
    }

    public EventDescription Describe() => new EventDescription("Revidering påbörjad", $"Version {TextVersion}: {Summary}", DraftedOn)
        .From(Source, Note, Precision, "draftedOn");
}
