namespace Registry.Upgrades;

/// <summary>One stream the current code could not read or fold, and why.</summary>
public sealed record UnreadableStream(Guid StreamId, string Problem);

public sealed record EventStoreCheckResult(int Streams, long Events, IReadOnlyList<UnreadableStream> Failures)
{
    public bool Ok => Failures.Count == 0;
}

/// <summary>
/// Reads every stream of the event store with the current code and folds it as the projection does, to run before
/// and after an upgrade (ADR 0017): any event whose stored shape the current event types cannot read, or whose fold
/// fails, is reported by stream. It reads only; it changes nothing.
/// </summary>
public static class EventStoreCheck
{
    public static async Task<EventStoreCheckResult> RunAsync(IDocumentStore store, Action<string>? progress = null,
        CancellationToken cancellation = default)
    {
        await using var session = store.QuerySession();
        var ids = await session.QueryAsync<Guid>($"select id from {RegistryStore.SchemaName}.mt_streams order by id", cancellation);
        var failures = new List<UnreadableStream>();
        long events = 0;
        foreach (var (id, index) in ids.Select((id, i) => (id, i)))
        {
            try
            {
                var stream = await session.Events.FetchStreamAsync(id, token: cancellation);
                events += stream.Count;
                if (stream is [{ Data: Registry.Meetings.MeetingRecorded }]) continue; // a meeting: one event, nothing to fold
                if (stream.FirstOrDefault(e => e.Data is not IDocumentEvent) is { } unknown)
                    failures.Add(new UnreadableStream(id, $"händelse {unknown.Version} ({unknown.EventTypeName}) är ingen dokumenthändelse"));
                else if (stream.Aggregate((Styrdokument?)null, DocumentProjection.Fold) is null)
                    failures.Add(new UnreadableStream(id, "strömmen börjar inte med ett utkast"));
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                failures.Add(new UnreadableStream(id, $"{failure.GetType().Name}: {failure.Message}"));
            }
            if ((index + 1) % 1000 == 0) progress?.Invoke($"{index + 1} av {ids.Count} strömmar lästa");
        }
        return new EventStoreCheckResult(ids.Count, events, failures);
    }
}
