namespace Registry.Warnings;

public sealed record WarningFilter(Guid? DocumentId = null, string? Kind = null, bool? Acknowledged = null);

public sealed record UpcomingDeadline(Guid DocumentId, string Kind, string Subject, LocalDate TargetDate, string Title,
    string Details, IReadOnlyList<string> OwnerBodies);

public enum AcknowledgeOutcome
{
    Acknowledged,
    NotFound,
    AlreadyAcknowledged,
}

/// <summary>Reads and updates the warning tables outside of Marten sessions.</summary>
public sealed partial class WarningStore(NpgsqlDataSource dataSource)
{
    private const string WarningColumns = "id, document_id, title, document_kind, kind, subject, threshold_days, target_date, " +
        "details, issued_at, channels, recipients, acknowledged_at, acknowledged_by, owner_bodies, covered_by";

    public async Task<IReadOnlyList<IssuedWarning>> List(WarningFilter filter, CancellationToken cancellation)
    {
        await using var command = dataSource.CreateCommand($"""
            select {WarningColumns} from {WarningTables.Warnings}
            where (@document_id::uuid is null or document_id = @document_id)
              and (@kind::text is null or kind = @kind)
              and (@acknowledged::boolean is null or (acknowledged_at is not null) = @acknowledged)
            order by issued_at desc, target_date, threshold_days desc
            """);
        command.Parameters.AddWithValue("document_id", (object?)filter.DocumentId ?? DBNull.Value);
        command.Parameters.AddWithValue("kind", (object?)filter.Kind ?? DBNull.Value);
        command.Parameters.AddWithValue("acknowledged", (object?)filter.Acknowledged ?? DBNull.Value);
        var warnings = await ReadWarnings(command, cancellation);
        await AttachDeliveries(warnings, cancellation);
        return warnings;
    }

    public async Task<IssuedWarning?> Get(Guid id, CancellationToken cancellation)
    {
        await using var command = dataSource.CreateCommand($"select {WarningColumns} from {WarningTables.Warnings} where id = @id");
        command.Parameters.AddWithValue("id", id);
        var warnings = await ReadWarnings(command, cancellation);
        await AttachDeliveries(warnings, cancellation);
        return warnings.SingleOrDefault();
    }

    public async Task<AcknowledgeOutcome> Acknowledge(Guid id, string by, Instant at, CancellationToken cancellation)
    {
        await using var command = dataSource.CreateCommand($"""
            update {WarningTables.Warnings} set acknowledged_at = @at, acknowledged_by = @by
            where id = @id and acknowledged_at is null returning id
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("by", by);
        command.Parameters.AddWithValue("at", at);
        if (await command.ExecuteScalarAsync(cancellation) is Guid) return AcknowledgeOutcome.Acknowledged;
        return await Get(id, cancellation) is null ? AcknowledgeOutcome.NotFound : AcknowledgeOutcome.AlreadyAcknowledged;
    }

    public async Task<bool> IsSettled(DeliverWarning delivery, CancellationToken cancellation)
    {
        await using var command = dataSource.CreateCommand(
            $"select status from {WarningTables.Deliveries} where warning_id = @id and channel = @channel and target = @target");
        AddDeliveryKey(command, delivery);
        return await command.ExecuteScalarAsync(cancellation) is WarningDelivery.Delivered or WarningDelivery.Stale;
    }

    /// <summary>Whether the warning's deadline still has the target date the warning was issued for.</summary>
    public async Task<bool> StillApplies(IssuedWarning warning, CancellationToken cancellation)
    {
        await using var command = dataSource.CreateCommand(
            $"select 1 from {WarningTables.Deadlines} where document_id = @document_id and kind = @kind and subject = @subject and target_date = @target_date");
        command.Parameters.AddWithValue("document_id", warning.DocumentId);
        command.Parameters.AddWithValue("kind", OverdueWarnings.DeadlineKind(warning.Kind));
        command.Parameters.AddWithValue("subject", warning.Subject);
        command.Parameters.AddWithValue("target_date", warning.TargetDate);
        return await command.ExecuteScalarAsync(cancellation) is not null;
    }

    /// <summary>The date changed (or the deadline went away) before the channel came back: never send the old warning.</summary>
    public async Task MarkStale(DeliverWarning delivery, CancellationToken cancellation)
    {
        await using var command = dataSource.CreateCommand($"""
            update {WarningTables.Deliveries} set status = @status, last_error = @reason
            where warning_id = @id and channel = @channel and target = @target
            """);
        AddDeliveryKey(command, delivery);
        command.Parameters.AddWithValue("status", WarningDelivery.Stale);
        command.Parameters.AddWithValue("reason", "Inaktuell: tidsfristen har ändrats eller upphört innan varningen kunde levereras.");
        await command.ExecuteNonQueryAsync(cancellation);
    }

    public async Task MarkDelivered(DeliverWarning delivery, Instant at, CancellationToken cancellation)
    {
        await using var command = dataSource.CreateCommand($"""
            update {WarningTables.Deliveries} set status = @status, attempts = attempts + 1, delivered_at = @at, last_error = null
            where warning_id = @id and channel = @channel and target = @target
            """);
        AddDeliveryKey(command, delivery);
        command.Parameters.AddWithValue("status", WarningDelivery.Delivered);
        command.Parameters.AddWithValue("at", at);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    public async Task RecordFailure(DeliverWarning delivery, string error, CancellationToken cancellation)
    {
        await using var command = dataSource.CreateCommand($"""
            update {WarningTables.Deliveries} set attempts = attempts + 1, last_error = @error
            where warning_id = @id and channel = @channel and target = @target
            """);
        AddDeliveryKey(command, delivery);
        command.Parameters.AddWithValue("error", error);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    /// <summary>
    /// Deadlines from <paramref name="from"/> on, for the calendar feed; one document or the whole registry. An end date
    /// a document in force has passed stays: the document has lapsed, which the feed says (ADR 0027). With
    /// <paramref name="overdueFollowUps"/>, follow-ups left undone before then too, as kind followUpOverdue (ADR 0029).
    /// </summary>
    public async Task<IReadOnlyList<UpcomingDeadline>> Upcoming(Guid? documentId, LocalDate from, CancellationToken cancellation,
        bool overdueFollowUps = false)
    {
        await using var command = dataSource.CreateCommand($"""
            select document_id,
              case when target_date < @from and kind = '{WarningKind.FollowUp.Key()}' then '{WarningKind.FollowUpOverdue.Key()}' else kind end,
              subject, target_date, title, details, owner_bodies from {WarningTables.Deadlines}
            where (target_date >= @from or kind = '{WarningKind.Expiry.Key()}' or (@overdue and kind = '{WarningKind.FollowUp.Key()}'))
              and (@document_id::uuid is null or document_id = @document_id)
            order by target_date, title
            """);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("overdue", overdueFollowUps);
        command.Parameters.AddWithValue("document_id", (object?)documentId ?? DBNull.Value);
        var deadlines = new List<UpcomingDeadline>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            deadlines.Add(new UpcomingDeadline(reader.GetGuid(0), reader.GetString(1), reader.GetString(2),
                reader.GetFieldValue<LocalDate>(3), reader.GetString(4), reader.GetString(5), reader.GetFieldValue<string[]>(6)));
        }
        return deadlines;
    }

    private static void AddDeliveryKey(NpgsqlCommand command, DeliverWarning delivery)
    {
        command.Parameters.AddWithValue("id", delivery.WarningId);
        command.Parameters.AddWithValue("channel", delivery.Channel);
        command.Parameters.AddWithValue("target", delivery.Target);
    }

    private static async Task<List<IssuedWarning>> ReadWarnings(NpgsqlCommand command, CancellationToken cancellation)
    {
        var warnings = new List<IssuedWarning>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            warnings.Add(new IssuedWarning
            {
                Id = reader.GetGuid(0),
                DocumentId = reader.GetGuid(1),
                Title = reader.GetString(2),
                DocumentKind = reader.GetString(3),
                Kind = reader.GetString(4),
                Subject = reader.GetString(5),
                ThresholdDays = reader.GetInt32(6),
                TargetDate = reader.GetFieldValue<LocalDate>(7),
                Details = reader.GetString(8),
                IssuedAt = reader.GetFieldValue<Instant>(9),
                Channels = reader.GetString(10),
                Recipients = reader.GetString(11),
                AcknowledgedAt = reader.IsDBNull(12) ? null : reader.GetFieldValue<Instant>(12),
                AcknowledgedBy = reader.IsDBNull(13) ? null : reader.GetString(13),
                OwnerBodies = reader.IsDBNull(14) ? [] : reader.GetFieldValue<string[]>(14),
                CoveredBy = reader.IsDBNull(15) ? null : reader.GetGuid(15),
            });
        }
        return warnings;
    }

    private async Task AttachDeliveries(List<IssuedWarning> warnings, CancellationToken cancellation)
    {
        if (warnings.Count == 0) return;
        await using var command = dataSource.CreateCommand($"""
            select warning_id, channel, target, status, attempts, last_error, delivered_at from {WarningTables.Deliveries}
            where warning_id = any(@ids) order by channel, target
            """);
        command.Parameters.AddWithValue("ids", warnings.Select(w => w.Id).ToArray());
        var byId = warnings.ToDictionary(w => w.Id);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            byId[reader.GetGuid(0)].Deliveries.Add(new WarningDelivery(reader.GetString(1), reader.GetString(2),
                reader.GetString(3), reader.GetInt32(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<Instant>(6)));
        }
    }
}
