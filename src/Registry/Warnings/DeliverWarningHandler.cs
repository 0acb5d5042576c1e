using Microsoft.Extensions.Logging;

namespace Registry.Warnings;

/// <summary>A channel failed; Wolverine schedules the delivery again (see WarningsSetup).</summary>
public sealed class WarningDeliveryFailed(DeliverWarning delivery, Exception inner)
    : Exception($"Varning {delivery.WarningId} kunde inte levereras via {delivery.Channel}: {inner.Message}", inner);

public static class DeliverWarningHandler
{
    public static async Task Handle(DeliverWarning delivery, WarningStore store, WarningChannels channels, IClock clock,
        ILogger<DeliverWarning> logger, CancellationToken cancellation)
    {
        // Idempotent per warning and channel: a delivery already made (or given up as stale) is never repeated.
        if (await store.IsSettled(delivery, cancellation)) return;
        var warning = await store.Get(delivery.WarningId, cancellation);
        if (warning is null)
        {
            logger.LogWarning("Varning {WarningId} finns inte; leveransen via {Channel} hoppas över", delivery.WarningId, delivery.Channel);
            return;
        }

        if (!await store.StillApplies(warning, cancellation))
        {
            await store.MarkStale(delivery, cancellation);
            return;
        }

        try
        {
            await channels.Send(delivery, warning, cancellation);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            await store.RecordFailure(delivery, failure.Message, cancellation);
            throw new WarningDeliveryFailed(delivery, failure);
        }
        await store.MarkDelivered(delivery, clock.GetCurrentInstant(), cancellation);
    }
}
