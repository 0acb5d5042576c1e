using System.Reflection;
using JasperFx.Events;
using Marten;
using NodaTime;
using Registry.Drafting;

namespace Registry.Documents;

/// <summary>
/// Folds a document's events into its state with the aggregate's own <c>Create</c>/<c>Apply</c> methods, the same
/// ones Marten's snapshot uses. Inline projections (read models, deadlines) need the state after events that are not
/// saved yet, and a rebuild the state long after the snapshot moved on, so neither can load the stored snapshot.
/// </summary>
public static class StyrdokumentReplay
{
    private static readonly Dictionary<Type, MethodInfo> ApplyMethods = typeof(Styrdokument)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance)
        .Where(m => m.Name == "Apply" && m.GetParameters().Length == 1)
        .ToDictionary(m => m.GetParameters()[0].ParameterType);

    public static Styrdokument? Replay(IEnumerable<IEvent> events)
    {
        Styrdokument? document = null;
        foreach (var @event in events)
        {
            if (@event.Data is DocumentDrafted drafted) document = Styrdokument.Create(drafted);
            else if (document is not null && ApplyMethods.TryGetValue(@event.Data.GetType(), out var apply))
                apply.Invoke(document, [@event.Data]);
            if (document is not null) document.Version = @event.Version;
        }
        return document;
    }

    /// <summary>The stream's events before this batch (already in the database), followed by the batch's own.</summary>
    public static async Task<IReadOnlyList<IEvent>> HistoryUpTo(IDocumentOperations operations, Guid streamId,
        List<IEvent> batch, CancellationToken cancellation)
    {
        var first = batch[0].Version;
        if (first == 1) return batch;
        // Version 0 would mean "not assigned yet": then everything stored is earlier than this batch.
        var earlier = await operations.Events.FetchStreamAsync(streamId, version: first > 1 ? first - 1 : 0,
            token: cancellation);
        return earlier.Where(e => first <= 0 || e.Version < first).Concat(batch).DistinctBy(e => e.Id).ToList();
    }

    public static DateOnly ToDate(this LocalDate date) => date.ToDateOnly();

    public static DateOnly? ToDate(this LocalDate? date) => date?.ToDateOnly();

    public static DateTimeOffset ToTimestamp(this Instant instant) => instant.ToDateTimeOffset();
}
