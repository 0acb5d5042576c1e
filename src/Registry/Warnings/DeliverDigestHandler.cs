namespace Registry.Warnings;

/// <summary>A summary could not be sent; Wolverine schedules it again (see WarningsSetup).</summary>
public sealed class DigestDeliveryFailed(DeliverDigest digest, Exception inner)
    : Exception($"Sammanfattningen till {digest.Recipient} för perioden från {digest.PeriodStart:yyyy-MM-dd} kunde inte skickas: {inner.Message}", inner);

public static class DeliverDigestHandler
{
    public const string Empty = "empty";

    public static async Task Handle(DeliverDigest digest, WarningStore store, WarningChannels channels, WarningSettings settings,
        IClock clock, CancellationToken cancellation)
    {
        // Once per recipient and period: a summary already sent (or found empty) is never sent again.
        if (await store.DigestStatus(digest, cancellation) is not WarningDelivery.Pending) return;

        var now = clock.GetCurrentInstant();
        var today = now.InStockholm().Date;
        var content = await store.Digest(settings.Email.BodiesFollowedBy(digest.Recipient), today, settings.Digest.HorizonDays, cancellation);
        if (content.IsEmpty)
        {
            await store.RecordDigest(digest, Empty, null, now, cancellation);
            return;
        }

        var message = DigestMail.Compose(digest, content, today, settings.Digest.PeriodDays, settings.Digest.HorizonDays,
            settings.PublicBaseAddress, settings.Email.From);
        try
        {
            await channels.SendMail(message, cancellation);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            await store.RecordDigest(digest, null, failure.Message, now, cancellation);
            throw new DigestDeliveryFailed(digest, failure);
        }
        await store.RecordDigest(digest, WarningDelivery.Delivered, null, now, cancellation);
    }
}
