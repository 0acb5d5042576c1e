using JasperFx.Events;
using Marten.Events.Projections;
using Registry.Drafting;
using Registry.ReadModels;
using Registry.Warnings;

namespace Registry.Documents;

/// <summary>
/// The one inline projection of a document's events. For each document a write touches, it takes the stored
/// snapshot (the state just before the write), folds only the new events onto it with <see cref="Fold"/> — explicit
/// code: each event applies itself — and, in the same transaction, stores the new snapshot and rewrites the
/// document's OData rows and warning deadlines from that one state. Marten's own rebuild
/// (<c>projections rebuild</c>) and <see cref="ReadModelRebuild"/> replay streams through this same code.
/// </summary>
public sealed class DocumentProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var stream in events.Where(e => e.Data is IDocumentEvent).GroupBy(e => e.StreamId))
        {
            var batch = stream.OrderBy(e => e.Version).ToList();
            var before = await StateBefore(operations, stream.Key, batch[0].Version, cancellation);
            if (batch.Aggregate(before, Fold) is not { } document) continue;
            operations.Store(document);
            WriteReadModels(operations, document, batch);
        }
    }

    public static Styrdokument? Fold(Styrdokument? document, IEvent e)
    {
        if (e.Data is not IDocumentEvent data) return document;
        if (data is DocumentDrafted) document = new Styrdokument();
        if (document is null) return null;
        data.Apply(document);
        document.Version = e.Version;
        return document;
    }

    /// <summary>Every row derived from the document: its state's rows replaced, one history row per new event added.</summary>
    public static void WriteReadModels(IDocumentOperations operations, Styrdokument document, IEnumerable<IEvent> newEvents)
    {
        ReadModelWriter.Write(operations, document, newEvents);
        DeadlineRows.Write(operations, document);
    }

    /// <summary>
    /// The state just before a batch that starts at <paramref name="firstVersion"/>: the stored snapshot when it is at
    /// that version (every live write), otherwise the stored stream folded from its start (a rebuild replaying history).
    /// </summary>
    private static async Task<Styrdokument?> StateBefore(IDocumentOperations operations, Guid id, long firstVersion,
        CancellationToken cancellation)
    {
        if (firstVersion == 1) return null;
        var stored = await operations.LoadAsync<Styrdokument>(id, cancellation);
        if (stored is not null && stored.Version == firstVersion - 1) return stored;
        var earlier = await operations.Events.FetchStreamAsync(id, version: Math.Max(0, firstVersion - 1), token: cancellation);
        return earlier.Where(e => firstVersion <= 0 || e.Version < firstVersion).Aggregate((Styrdokument?)null, Fold);
    }
}
