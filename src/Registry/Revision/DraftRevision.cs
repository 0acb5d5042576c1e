using NodaTime;
using Registry.Documents;

namespace Registry.Revision;

/// <summary>Revidering: a new text version is drafted while the current one stays in force.</summary>
public sealed record DraftRevision(string Summary, LocalDate DraftedOn) : IDocumentCommand
{
    public IEnumerable<object> Decide(Styrdokument document, CommandContext context)
    {
        Rule.Require(document.Status == DocumentStatus.InForce,
            $"Endast ett gällande dokument kan revideras (status: {document.Status.Label()}).", "status");
        Rule.Require(document.PendingRevision is null,
            $"En revidering (version {document.PendingRevision?.TextVersion}) pågår redan.", "status");
        var summary = Rule.RequireText(Summary, "summary", "Beskrivning av revideringen");
        yield return new RevisionDrafted(document.Id, document.TextVersion + 1, summary, DraftedOn, context.Recorded);
    }
}

public sealed record RevisionDrafted(Guid DocumentId, int TextVersion, string Summary, LocalDate DraftedOn,
    Recorded Recorded) : IDocumentEvent;
