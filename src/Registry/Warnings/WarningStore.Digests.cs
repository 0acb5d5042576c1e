namespace Registry.Warnings;

/// <summary>What one recipient's summary holds, as of the day it is sent.</summary>
public sealed record DigestContent(IReadOnlyList<UpcomingDeadline> Upcoming, IReadOnlyList<IssuedWarning> ToHandle)
{
    public bool IsEmpty => Upcoming.Count == 0 && ToHandle.Count == 0;
}

public sealed partial class WarningStore
{
    public async Task<string?> DigestStatus(DeliverDigest digest, CancellationToken cancellation)
    {
        await using var command = dataSource.CreateCommand(
            $"select status from {WarningTables.Digests} where recipient = @recipient and period_start = @period_start");
        AddDigestKey(command, digest);
        return await command.ExecuteScalarAsync(cancellation) as string;
    }

    /// <summary>Sets the status (delivered, or empty when there was nothing to tell); a failure only counts the attempt.</summary>
    public async Task RecordDigest(DeliverDigest digest, string? status, string? error, Instant at, CancellationToken cancellation)
    {
        await using var command = dataSource.CreateCommand($"""
            update {WarningTables.Digests}
            set status = coalesce(@status, status), attempts = attempts + 1, last_error = @error,
                delivered_at = case when @status::text = '{WarningDelivery.Delivered}' then @at else delivered_at end
            where recipient = @recipient and period_start = @period_start
            """);
        AddDigestKey(command, digest);
        command.Parameters.AddWithValue("status", (object?)status ?? DBNull.Value);
        command.Parameters.AddWithValue("error", (object?)error ?? DBNull.Value);
        command.Parameters.AddWithValue("at", at);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>
    /// Deadlines in the next <paramref name="horizonDays"/> days, and warnings still to be handled: sent (not covered),
    /// their date unchanged, and unacknowledged or overdue. <paramref name="bodies"/> null means every document.
    /// </summary>
    public async Task<DigestContent> Digest(IReadOnlyList<string>? bodies, LocalDate today, int horizonDays,
        CancellationToken cancellation)
    {
        await using var upcoming = dataSource.CreateCommand($"""
            select document_id, kind, subject, target_date, title, details, owner_bodies from {WarningTables.Deadlines}
            where target_date between @today and @horizon and (@bodies::text[] is null or owner_bodies && @bodies)
            order by target_date, title
            """);
        upcoming.Parameters.AddWithValue("today", today);
        upcoming.Parameters.AddWithValue("horizon", today.PlusDays(horizonDays));
        upcoming.Parameters.AddWithValue("bodies", (object?)bodies?.ToArray() ?? DBNull.Value);
        var deadlines = new List<UpcomingDeadline>();
        await using (var reader = await upcoming.ExecuteReaderAsync(cancellation))
        {
            while (await reader.ReadAsync(cancellation))
            {
                deadlines.Add(new UpcomingDeadline(reader.GetGuid(0), reader.GetString(1), reader.GetString(2),
                    reader.GetFieldValue<LocalDate>(3), reader.GetString(4), reader.GetString(5), reader.GetFieldValue<string[]>(6)));
            }
        }

        await using var open = dataSource.CreateCommand($"""
            select distinct on (w.document_id, w.kind, w.subject) {Prefixed("w.")} from {WarningTables.Warnings} w
            join {WarningTables.Deadlines} d on d.document_id = w.document_id and d.kind = w.kind and d.subject = w.subject
              and d.target_date = w.target_date
            where w.covered_by is null and (w.acknowledged_at is null or w.target_date < @today)
              and (@bodies::text[] is null or d.owner_bodies && @bodies)
            order by w.document_id, w.kind, w.subject, w.threshold_days
            """);
        open.Parameters.AddWithValue("today", today);
        open.Parameters.AddWithValue("bodies", (object?)bodies?.ToArray() ?? DBNull.Value);
        // One line per deadline: its most urgent warning still to be handled.
        var toHandle = (await ReadWarnings(open, cancellation)).OrderBy(w => w.TargetDate).ThenBy(w => w.Title, StringComparer.Ordinal);
        return new DigestContent(deadlines, toHandle.ToList());
    }

    private static string Prefixed(string alias) =>
        string.Join(", ", WarningColumns.Split(',', StringSplitOptions.TrimEntries).Select(c => alias + c));

    private static void AddDigestKey(NpgsqlCommand command, DeliverDigest digest)
    {
        command.Parameters.AddWithValue("recipient", digest.Recipient);
        command.Parameters.Add(new NpgsqlParameter("period_start", NpgsqlTypes.NpgsqlDbType.Date) { Value = digest.PeriodStart });
    }
}
