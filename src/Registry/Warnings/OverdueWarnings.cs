using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace Registry.Warnings;

/// <summary>
/// Follow-ups not done after their date. Each is warned once per overdue period: the day after its date, then every
/// <see cref="WarningSettings.OverdueRepeatDays"/> days until it is done or moved. A period's warning has the
/// follow-up's date as target and minus the period's first overdue day as threshold (-1, -31, -61…), so the warnings
/// table's key keeps it to one per period on every node, and a missed day is caught up within its period (ADR 0029).
/// </summary>
public static class OverdueWarnings
{
    private static readonly string Kind = WarningKind.FollowUpOverdue.Key();

    private const string PeriodStart = "(1 + @repeat * ((@today - d.target_date - 1) / @repeat))";

    private static readonly string DueSql = $"""
        select d.document_id, '{Kind}', d.subject, d.target_date, -{PeriodStart}, d.title, d.document_kind, d.owner_bodies, d.details,
          coalesce(d.responsible_contacts, array[]::text[]),
          (select min(i.threshold_days) from {WarningTables.Warnings} i
           where i.document_id = d.document_id and i.kind = '{Kind}' and i.subject = d.subject and i.target_date = d.target_date)
        from {WarningTables.Deadlines} d
        where d.kind = '{WarningKind.FollowUp.Key()}' and d.target_date < @today
          and not exists (select 1 from {WarningTables.Warnings} w
                          where w.document_id = d.document_id and w.kind = '{Kind}' and w.subject = d.subject
                            and w.target_date = d.target_date and w.threshold_days = -{PeriodStart})
        """;

    public static async Task<IReadOnlyList<DueWarning>> Find(NpgsqlConnection connection, WarningSettings settings,
        LocalDate today, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(DueSql, connection);
        command.Parameters.Add(new NpgsqlParameter("today", NpgsqlDbType.Date) { Value = today.ToDateOnly() });
        command.Parameters.Add(new NpgsqlParameter("repeat", NpgsqlDbType.Integer) { Value = settings.OverdueRepeatDays });
        return await DueWarnings.Read(command, cancellation);
    }

    /// <summary>The kind of the deadline row a warning of <paramref name="kind"/> is about: an overdue one is about its follow-up.</summary>
    public static string DeadlineKind(string kind) => kind == Kind ? WarningKind.FollowUp.Key() : kind;

    /// <summary>The next day an overdue follow-up due on <paramref name="dueOn"/> is warned about, on or after today.</summary>
    public static LocalDate NextReminder(LocalDate dueOn, LocalDate today, int repeatDays)
    {
        var overdue = Period.DaysBetween(dueOn, today);
        if (overdue < 1) return dueOn.PlusDays(1);
        var start = 1 + repeatDays * ((overdue - 1) / repeatDays);
        return dueOn.PlusDays(start == overdue ? start : start + repeatDays);
    }
}
