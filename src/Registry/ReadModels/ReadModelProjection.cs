using System.Text.Json;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Registry.Documents;

namespace Registry.ReadModels;

/// <summary>
/// Keeps the flat OData tables in step with the events. Runs inline (same transaction as the events), so a
/// recorded step is visible in the feed as soon as the command returns. For every document touched by a batch
/// it folds the whole stream and rewrites that document's rows, which makes it idempotent and lets the same
/// code serve both live appends and a rebuild that replays the event store.
/// </summary>
public sealed class ReadModelProjection : IProjection
{
    private static readonly JsonSerializerOptions RowJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events,
        CancellationToken cancellation)
    {
        var rows = new ReadModelRowSet();
        var documentIds = new List<Guid>();
        foreach (var stream in events.Where(e => e.Data is IDocumentEvent).GroupBy(e => e.StreamId))
        {
            var history = await StyrdokumentReplay.HistoryUpTo(operations, stream.Key, stream.OrderBy(e => e.Version).ToList(), cancellation);
            if (StyrdokumentReplay.Replay(history) is not { } document) continue;
            documentIds.Add(stream.Key);
            rows.Add(document, history);
        }
        if (documentIds.Count == 0) return;
        Write(operations, documentIds.ToArray(), rows);
    }

    private static void Write(IDocumentOperations operations, Guid[] documentIds, ReadModelRowSet rows)
    {
        foreach (var (table, tableRows) in rows.ByTable())
        {
            operations.QueueSqlCommand(
                $"delete from {table.QualifiedName} where {ReadModelTable.Column(table.DocumentColumn)} = any(?)",
                documentIds);
            if (tableRows.Count == 0) continue;
            // One statement per table: the rows travel as one JSON array and PostgreSQL maps its keys to columns.
            operations.QueueSqlCommand(
                $"insert into {table.QualifiedName} select * from jsonb_populate_recordset(null::{table.QualifiedName}, ?::jsonb)",
                JsonSerializer.Serialize(tableRows, RowJson));
        }
    }
}
