using System.Collections.Concurrent;
using System.Reflection;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;
using Registry.Documents;
using Registry.Drafting;

namespace Registry.Warnings;

/// <summary>
/// Inline projection keeping one row per upcoming deadline of each document in <see cref="WarningTables.Deadlines"/>,
/// in the same transaction as the events, so what is due can be queried in SQL instead of loading every document.
/// The rows come from <see cref="Deadlines.Of"/> applied to the document's state after the new events: the committed
/// stream aggregated afresh, plus the batch's events applied by the aggregate's own Apply methods.
/// </summary>
public sealed class DeadlineProjection : IProjection
{
    private static readonly ConcurrentDictionary<Type, MethodInfo?> ApplyMethods = new();

    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var stream in events.Where(e => e.Data is IDocumentEvent).GroupBy(e => e.StreamId))
        {
            // Never the session's snapshot instance: Marten may be applying this batch to that very object.
            var document = stream.First().Data is DocumentDrafted
                ? null
                : await operations.Events.AggregateStreamAsync<Styrdokument>(stream.Key, token: cancellation);
            var applied = document?.Version ?? 0;
            foreach (var @event in stream.Where(e => e.Version == 0 || e.Version > applied)) document = Apply(document, @event.Data);
            if (document is null) continue;

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

    private static Styrdokument? Apply(Styrdokument? document, object data)
    {
        if (data is DocumentDrafted drafted) return Styrdokument.Create(drafted);
        if (document is null) return null;
        var apply = ApplyMethods.GetOrAdd(data.GetType(), type => typeof(Styrdokument).GetMethod("Apply", [type]));
        apply?.Invoke(document, [data]);
        return document;
    }
}
