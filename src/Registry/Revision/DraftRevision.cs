using NodaTime;
using Registry.Documents;

namespace Registry.Revision;

/// <summary>Revidering: a new text version is drafted while the current one stays in force.</summary>
public sealed record DraftRevision(string Summary, LocalDate DraftedOn) : IDocumentCommand
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
            ["draftedOn"] = new("Datum"),
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        Step.RequireApplicable(document);
        var summary = Rule.RequireText(Summary, "summary", "Beskrivning av revideringen");
        yield return new RevisionDrafted(document.Id, document.TextVersion + 1, summary, DraftedOn, context.Recorded);
    }
}

public sealed record RevisionDrafted(Guid DocumentId, int TextVersion, string Summary, LocalDate DraftedOn,
    Recorded Recorded) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.PendingRevision = new PendingRevision(TextVersion, Summary, DraftedOn);
        document.Touch(Recorded);
    }

    public EventDescription Describe() => new("Revidering påbörjad", $"Version {TextVersion}: {Summary}", DraftedOn);
}
