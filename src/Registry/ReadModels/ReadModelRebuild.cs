using Marten;
using Registry.Infrastructure;

namespace Registry.ReadModels;

/// <summary>
/// Rebuilds the OData tables from the event store: empty them, then replay every document's stream through the
/// same projection, a batch of documents at a time. All in one transaction, so readers see the old rows until the
/// new ones are complete. Needs no projection daemon (and so none of its locks). Run it while nobody records steps.
/// </summary>
public static class ReadModelRebuild
{
    public static async Task<int> RebuildAsync(IDocumentStore store, Action<string>? progress = null,
        int documentsPerBatch = 1000, CancellationToken cancellation = default)
    {
        var projection = new ReadModelProjection();
        await using var session = store.LightweightSession();
        session.QueueSqlCommand("truncate " + string.Join(", ", ReadModelTables.All.Select(t => t.QualifiedName)));
        var done = 0;
        var after = Guid.Empty;
        while (true)
        {
            var ids = await session.QueryAsync<Guid>(
                $"select id from {RegistryStore.SchemaName}.mt_streams where id > ? order by id limit ?",
                cancellation, after, documentsPerBatch);
            if (ids.Count == 0) break;
            var events = await session.Events.QueryAllRawEvents()
                .Where(e => ids.Contains(e.StreamId))
                .OrderBy(e => e.StreamId).ThenBy(e => e.Version)
                .ToListAsync(cancellation);
            await projection.ApplyAsync(session, events, cancellation);
            done += ids.Count;
            after = ids[^1];
            progress?.Invoke($"Läsmodeller: {done} dokumentströmmar inlästa");
        }
        await session.SaveChangesAsync(cancellation);
        progress?.Invoke($"Läsmodeller återuppbyggda från {done} dokumentströmmar");
        return done;
    }
}
