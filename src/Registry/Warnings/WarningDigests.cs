using NpgsqlTypes;

namespace Registry.Warnings;

/// <summary>Send one recipient's summary for one period; handled from the durable queue like a warning delivery.</summary>
public sealed record DeliverDigest(string Recipient, DateOnly PeriodStart);

/// <summary>Which summaries are due: one per recipient and period, issued by whichever node gets there first.</summary>
public static class WarningDigests
{
    /// <summary>Periods start on a Monday and every <see cref="DigestSettings.PeriodDays"/> days after it.</summary>
    private static readonly LocalDate Anchor = new(2000, 1, 3);

    public static LocalDate PeriodStart(LocalDate today, int periodDays)
    {
        var days = Period.DaysBetween(Anchor, today);
        return Anchor.PlusDays((int)(Math.Floor(days / (double)periodDays) * periodDays));
    }

    /// <summary>Records this period's summary for every recipient not yet given one; returns the deliveries to queue.</summary>
    public static async Task<IReadOnlyList<DeliverDigest>> Issue(NpgsqlConnection connection, WarningSettings settings,
        LocalDate today, Instant now, CancellationToken cancellation)
    {
        if (!settings.Email.Enabled || !settings.Digest.Enabled) return [];
        var recipients = settings.Email.DigestRecipients();
        if (recipients.Count == 0) return [];

        var start = PeriodStart(today, settings.Digest.PeriodDays).ToDateOnly();
        await using var command = new NpgsqlCommand($"""
            insert into {WarningTables.Digests} (recipient, period_start, issued_at, status, attempts)
            select r, @period_start, @issued_at, '{WarningDelivery.Pending}', 0 from unnest(@recipients) as r
            on conflict do nothing
            returning recipient
            """, connection);
        command.Parameters.Add(new NpgsqlParameter("recipients", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = recipients.Order(StringComparer.Ordinal).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("period_start", NpgsqlDbType.Date) { Value = start });
        command.Parameters.Add(new NpgsqlParameter("issued_at", NpgsqlDbType.TimestampTz) { Value = now.ToDateTimeUtc() });
        var issued = new List<DeliverDigest>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) issued.Add(new DeliverDigest(reader.GetString(0), start));
        return issued;
    }
}
