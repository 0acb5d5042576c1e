using JasperFx.Events;

namespace Registry.ReadModels;

/// <summary>
/// Writes a document's OData rows: the rows of its state (document, validity periods, remiss rounds and answers) are
/// replaced; the history tables (lifecycle events, decisions) get one row per new event, keyed by the event's id, so a
/// replay of the same event writes the same row.
/// </summary>
public static class ReadModelWriter
{
    private static readonly JsonSerializerOptions RowJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static void Write(IDocumentOperations operations, Styrdokument document, IEnumerable<IEvent> newEvents)
    {
        var rows = new ReadModelRowSet();
        rows.AddState(document);
        foreach (var @event in newEvents) rows.AddEvent(document, @event);

        foreach (var (table, tableRows) in rows.StateTables())
        {
            operations.QueueSqlCommand(
                $"delete from {table.QualifiedName} where {ReadModelTable.Column(table.DocumentColumn)} = ?", document.Id);
            Insert(operations, table, tableRows, idempotent: false);
        }
        foreach (var (table, tableRows) in rows.HistoryTables()) Insert(operations, table, tableRows, idempotent: true);
    }

    // One statement per table: the rows travel as one JSON array and PostgreSQL maps its keys to columns.
    private static void Insert(IDocumentOperations operations, ReadModelTable table, IReadOnlyCollection<object> rows, bool idempotent)
    {
        if (rows.Count == 0) return;
        var conflict = idempotent ? " on conflict do nothing" : "";
        operations.QueueSqlCommand(
            $"insert into {table.QualifiedName} select * from jsonb_populate_recordset(null::{table.QualifiedName}, ?::jsonb){conflict}",
            JsonSerializer.Serialize(rows, RowJson));
    }
}
