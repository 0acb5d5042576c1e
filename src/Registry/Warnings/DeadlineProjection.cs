using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Registry.Documents;

namespace Registry.Warnings;

/// <summary>
/// Inline projection keeping one row per upcoming deadline of each document in <see cref="WarningTables.Deadlines"/>,
/// in the same transaction as the events, so what is due can be queried in SQL instead of loading every document.
/// The rows come from <see cref="Deadlines.Of"/> applied to the document's state after the new events
/// (<see cref="StyrdokumentReplay"/>).
/// </summary>
public sealed class DeadlineProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var stream in events.Where(e => e.Data is IDocumentEvent).GroupBy(e => e.StreamId))
        {
            // Never the session's snapshot instance: Marten may be applying this batch to that very object.
            var history = await StyrdokumentReplay.HistoryUpTo(operations, stream.Key, stream.OrderBy(e => e.Version).ToList(), cancellation);
            if (StyrdokumentReplay.Replay(history) is not { } document) continue;

            operations.QueueSqlCommand($"delete from {WarningTables.Deadlines} where document_id = ?", stream.Key);
            foreach (var deadline in Deadlines.Of(document))
            {
                operations.QueueSqlCommand(
                    $"insert into {WarningTables.Deadlines} (document_id, kind, subject, target_date, title, document_kind, owner_bodies, details) " +
                    "values (?, ?, ?, ?, ?, ?, ?, ?)",
                    document.Id, deadline.Kind.Key(), deadline.Subject, deadline.TargetDate.ToDateOnly(), document.Title,
                    document.Kind, document.OwnerBodies.ToArray(), deadline.Details);
            }
        }
    }
}
