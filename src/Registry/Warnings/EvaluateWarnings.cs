using Marten;
using NodaTime;
using Npgsql;
using Registry.Documents;
using Wolverine;

namespace Registry.Warnings;

/// <summary>Issue every warning that is due today. Safe to run any number of times, on any number of nodes.</summary>
public sealed record EvaluateWarnings;

/// <summary>Send one issued warning through one channel; handled from a durable queue and retried until it works.</summary>
public sealed record DeliverWarning(Guid WarningId, string Channel, string Target);

public static class EvaluateWarningsHandler
{
    public static async Task<OutgoingMessages> Handle(EvaluateWarnings command, IDocumentSession session, IClock clock,
        WarningSettings settings, CancellationToken cancellation)
    {
        var now = clock.GetCurrentInstant();
        var today = now.InStockholm().Date;
        var outgoing = new OutgoingMessages();

        // One transaction for the warning rows and the outbox: a warning is recorded together with its deliveries,
        // or not at all. A concurrent node inserting the same warning waits on the unique key and then skips it.
        await session.BeginTransactionAsync(cancellation);
        var connection = (NpgsqlConnection)session.Connection!;
        var due = await DueWarnings.Find(connection, settings, today, cancellation);
        foreach (var warning in due.OrderBy(w => w.Id))
        {
            var recipients = settings.Email.Enabled ? settings.Email.RecipientsFor(warning.OwnerBodies) : [];
            if (!await DueWarnings.TryIssue(connection, warning, now, string.Join(", ", recipients), cancellation))
                continue;

            var deliveries = new List<DeliverWarning>();
            if (recipients.Count > 0) deliveries.Add(new DeliverWarning(warning.Id, "email", ""));
            deliveries.AddRange(settings.Webhooks.Where(url => !string.IsNullOrWhiteSpace(url))
                .Distinct().Select(url => new DeliverWarning(warning.Id, "webhook", url.Trim())));

            session.QueueSqlCommand($"update {WarningTables.Warnings} set channels = ? where id = ?",
                string.Join(",", deliveries.Select(d => d.Channel).Distinct()), warning.Id);
            foreach (var delivery in deliveries)
            {
                session.QueueSqlCommand(
                    $"insert into {WarningTables.Deliveries} (warning_id, channel, target, status, attempts) values (?, ?, ?, ?, 0)",
                    delivery.WarningId, delivery.Channel, delivery.Target, WarningDelivery.Pending);
                outgoing.Add(delivery);
            }
        }
        return outgoing;
    }
}
