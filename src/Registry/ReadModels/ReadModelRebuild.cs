using Registry.Warnings;

namespace Registry.ReadModels;

/// <summary>
/// Rebuilds everything derived from the events — the document snapshots, the OData tables and the warning deadlines —
/// by replaying every document's stream through <see cref="DocumentProjection"/>'s own fold and writers, a batch of
/// documents at a time. All in one transaction, so readers see the old rows until the
/// new ones are complete. Needs no projection daemon (and so none of its locks). Safe while steps are recorded:
/// the transaction first locks <c>mt_streams</c> against writes (reads go on), so every append waits until the
/// rebuild has committed and then projects its own document on top of the rebuilt rows (ADR 0008).
/// </summary>
public static class ReadModelRebuild
{
    public static async Task<int> RebuildAsync(IDocumentStore store, Action<string>? progress = null,
        int documentsPerBatch = 1000, CancellationToken cancellation = default)
    {
        await using var session = store.LightweightSession();
        await session.BeginTransactionAsync(cancellation);
        await LockOutAppends(session.Connection!, cancellation);
        // delete, not truncate: truncate would block readers and is not MVCC-safe for them.
        foreach (var table in ReadModelTables.All) session.QueueSqlCommand("delete from " + table.QualifiedName);
        session.QueueSqlCommand("delete from " + WarningTables.Deadlines);
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
            foreach (var stream in events.GroupBy(e => e.StreamId))
            {
                foreach (var meeting in stream.Select(e => e.Data).OfType<Registry.Meetings.MeetingRecorded>())
                    Registry.Meetings.MeetingProjection.Write(session, meeting);
                var document = stream.Aggregate((Styrdokument?)null, DocumentProjection.Fold);
                if (document is null) continue;
                session.Store(document);
                DocumentProjection.WriteReadModels(session, document, stream);
            }
            done += ids.Count;
            after = ids[^1];
            progress?.Invoke($"Läsmodeller: {done} dokumentströmmar inlästa");
        }
        await session.SaveChangesAsync(cancellation);
        progress?.Invoke($"Läsmodeller återuppbyggda från {done} dokumentströmmar");
        return done;
    }

    /// <summary>
    /// Every append (a new stream or the next version of one) writes <c>mt_streams</c> before anything else in its
    /// transaction, so an EXCLUSIVE lock on it holds appends back without a deadlock, while SELECTs still run.
    /// </summary>
    private static async Task LockOutAppends(NpgsqlConnection connection, CancellationToken cancellation)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"lock table {RegistryStore.SchemaName}.mt_streams in exclusive mode";
        await command.ExecuteNonQueryAsync(cancellation);
    }
}
