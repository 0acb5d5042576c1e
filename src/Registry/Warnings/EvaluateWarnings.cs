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
        var due = (await DueWarnings.Find(connection, settings, today, cancellation))
            .Concat(await OverdueWarnings.Find(connection, settings, today, cancellation)).ToList();

        // One message per deadline and target date: the most urgent threshold reached is sent, the others are
        // recorded as covered by it (ADR 0022). Every node orders the same way, so concurrent runs never deadlock.
        // A remiss package's members are one deadline: one message for the package (ADR 0035).
        var groups = due.GroupBy(RemissPackageWarnings.GroupOf)
            .Select(RemissPackageWarnings.Order)
            .OrderBy(g => g[0].Id);
        foreach (var group in groups)
        {
            var head = group[0];
            if (head.IssuedThreshold is { } issued && issued <= head.ThresholdDays)
            {
                // A more urgent warning for this date went out already (thresholds were added since): record these only.
                var earlier = DueWarning.IdFor(head.DocumentId, head.Kind, head.Subject, head.TargetDate, issued);
                foreach (var covered in group) await DueWarnings.TryIssue(connection, covered, now, "", earlier, cancellation);
                continue;
            }

            var recipients = settings.Email.Enabled
                ? settings.Email.WarningRecipientsFor(head.OwnerBodies, head.ResponsibleContacts)
                : [];
            var issuedNow = await DueWarnings.TryIssue(connection, head, now, string.Join(", ", recipients), null, cancellation);
            // Recorded even when another node issued the head: a covered row never has deliveries, so this is harmless.
            foreach (var covered in group.Skip(1)) await DueWarnings.TryIssue(connection, covered, now, "", head.Id, cancellation);
            if (!issuedNow) continue;

            var deliveries = new List<DeliverWarning>();
            if (recipients.Count > 0) deliveries.Add(new DeliverWarning(head.Id, WarningChannels.Email, ""));
            deliveries.AddRange(Urls(settings.Webhooks).Select(url => new DeliverWarning(head.Id, WarningChannels.Webhook, url)));
            deliveries.AddRange(Urls(settings.TeamsWebhooks).Select(url => new DeliverWarning(head.Id, WarningChannels.Teams, url)));

            session.QueueSqlCommand($"update {WarningTables.Warnings} set channels = ? where id = ?",
                string.Join(",", deliveries.Select(d => d.Channel).Distinct()), head.Id);
            foreach (var delivery in deliveries)
            {
                session.QueueSqlCommand(
                    $"insert into {WarningTables.Deliveries} (warning_id, channel, target, status, attempts) values (?, ?, ?, ?, 0)",
                    delivery.WarningId, delivery.Channel, delivery.Target, WarningDelivery.Pending);
                outgoing.Add(delivery);
            }
        }

        foreach (var digest in await WarningDigests.Issue(connection, settings, today, now, cancellation))
            outgoing.Add(digest);
        return outgoing;
    }

    private static IEnumerable<string> Urls(IEnumerable<string> urls) =>
        urls.Where(url => !string.IsNullOrWhiteSpace(url)).Select(url => url.Trim()).Distinct();
}
