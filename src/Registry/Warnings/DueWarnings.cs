using System.Globalization;
using System.Text;
using NpgsqlTypes;

namespace Registry.Warnings;

/// <summary>A threshold of a deadline that has been reached and not yet warned about.</summary>
public sealed record DueWarning(Guid DocumentId, string Kind, string Subject, LocalDate TargetDate, int ThresholdDays,
    string Title, string DocumentKind, string[] OwnerBodies, string Details)
{
    /// <summary>E-mail addresses of the people responsible for the document, from its deadline row.</summary>
    public string[] ResponsibleContacts { get; init; } = [];

    /// <summary>The smallest threshold already issued for the same deadline and target date, if any.</summary>
    public int? IssuedThreshold { get; init; }

    /// <summary>The deadline and target date this threshold belongs to: one message per such group (ADR 0022).</summary>
    public (Guid DocumentId, string Kind, string Subject, LocalDate TargetDate) Deadline => (DocumentId, Kind, Subject, TargetDate);

    /// <summary>Deterministic: every node computes the same id for the same warning, which the primary key keeps unique.</summary>
    public Guid Id => IdFor(DocumentId, Kind, Subject, TargetDate, ThresholdDays);

    public static Guid IdFor(Guid documentId, string kind, string subject, LocalDate targetDate, int thresholdDays) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{documentId:N}|{kind}|{subject}|{targetDate:uuuu-MM-dd}|{thresholdDays}"))));
}

public static class DueWarnings
{
    /// <summary>
    /// Thresholds reached today for deadlines not yet passed, without a warning for the same target date.
    /// A document kind with its own thresholds for a warning kind uses only those; others use the "*" rows.
    /// </summary>
    private const string DueSql = $"""
        with thresholds as (
          select * from unnest(@kinds, @document_kinds, @days) as t(kind, document_kind, days)
        )
        select d.document_id, d.kind, d.subject, d.target_date, t.days, d.title, d.document_kind, d.owner_bodies, d.details,
          coalesce(d.responsible_contacts, array[]::text[]),
          (select min(i.threshold_days) from {WarningTables.Warnings} i
           where i.document_id = d.document_id and i.kind = d.kind and i.subject = d.subject and i.target_date = d.target_date)
        from {WarningTables.Deadlines} d
        join thresholds t on t.kind = d.kind and t.document_kind = case
            when exists (select 1 from thresholds o where o.kind = d.kind and o.document_kind = lower(d.document_kind))
            then lower(d.document_kind) else '*' end
        where d.target_date between @today and @horizon and d.target_date - t.days <= @today
          and not exists (select 1 from {WarningTables.Warnings} w
                          where w.document_id = d.document_id and w.kind = d.kind and w.subject = d.subject
                            and w.target_date = d.target_date and w.threshold_days = t.days)
        """;

    public static async Task<IReadOnlyList<DueWarning>> Find(NpgsqlConnection connection, WarningSettings settings,
        LocalDate today, CancellationToken cancellation)
    {
        var rows = settings.ThresholdRows().ToList();
        await using var command = new NpgsqlCommand(DueSql, connection);
        command.Parameters.Add(new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => r.Kind).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("document_kinds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(r => r.DocumentKind).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("days", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = rows.Select(r => r.Days).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("today", NpgsqlDbType.Date) { Value = today.ToDateOnly() });
        // The largest threshold bounds the range scanned on the target_date index.
        var horizon = today.PlusDays(rows.Count == 0 ? 0 : rows.Max(r => r.Days));
        command.Parameters.Add(new NpgsqlParameter("horizon", NpgsqlDbType.Date) { Value = horizon.ToDateOnly() });
        return await Read(command, cancellation);
    }

    /// <summary>The rows of a query in <see cref="DueSql"/>'s columns.</summary>
    internal static async Task<IReadOnlyList<DueWarning>> Read(NpgsqlCommand command, CancellationToken cancellation)
    {
        var due = new List<DueWarning>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            due.Add(new DueWarning(reader.GetGuid(0), reader.GetString(1), reader.GetString(2),
                LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(3)), reader.GetInt32(4), reader.GetString(5),
                reader.GetString(6), reader.GetFieldValue<string[]>(7), reader.GetString(8))
            {
                ResponsibleContacts = reader.GetFieldValue<string[]>(9),
                IssuedThreshold = reader.IsDBNull(10) ? null : reader.GetInt32(10),
            });
        }
        return due;
    }

    /// <summary>
    /// Records the warning unless some node already did; true when this call recorded it. A warning
    /// <paramref name="coveredBy"/> another is recorded only, so that it is never due again.
    /// </summary>
    public static async Task<bool> TryIssue(NpgsqlConnection connection, DueWarning warning, Instant issuedAt,
        string recipients, Guid? coveredBy, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"""
            insert into {WarningTables.Warnings} (id, document_id, title, document_kind, kind, subject, threshold_days,
              target_date, details, issued_at, channels, recipients, owner_bodies, covered_by)
            values (@id, @document_id, @title, @document_kind, @kind, @subject, @threshold_days, @target_date, @details,
              @issued_at, '', @recipients, @owner_bodies, @covered_by)
            on conflict do nothing
            returning id
            """, connection);
        command.Parameters.AddWithValue("id", warning.Id);
        command.Parameters.AddWithValue("document_id", warning.DocumentId);
        command.Parameters.AddWithValue("title", warning.Title);
        command.Parameters.AddWithValue("document_kind", warning.DocumentKind);
        command.Parameters.AddWithValue("kind", warning.Kind);
        command.Parameters.AddWithValue("subject", warning.Subject);
        command.Parameters.AddWithValue("threshold_days", warning.ThresholdDays);
        command.Parameters.Add(new NpgsqlParameter("target_date", NpgsqlDbType.Date) { Value = warning.TargetDate.ToDateOnly() });
        command.Parameters.AddWithValue("details", warning.Details);
        command.Parameters.Add(new NpgsqlParameter("issued_at", NpgsqlDbType.TimestampTz) { Value = issuedAt.ToDateTimeUtc() });
        command.Parameters.AddWithValue("recipients", recipients);
        command.Parameters.AddWithValue("owner_bodies", warning.OwnerBodies);
        command.Parameters.Add(new NpgsqlParameter("covered_by", NpgsqlDbType.Uuid) { Value = (object?)coveredBy ?? DBNull.Value });
        return await command.ExecuteScalarAsync(cancellation) is Guid;
    }
}
