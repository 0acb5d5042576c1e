using Microsoft.EntityFrameworkCore;
using Registry.ReadModels;

namespace Registry.Web.OData;

/// <summary>
/// Read-only EF Core view of the flat read tables, so that OData queries (dates included) translate to SQL.
/// The tables are created by Marten's schema management and written only by the read-model projection; the
/// feed's entity types add the navigation between a document and its rows (docs/adr/0021). The sets and their
/// tables are those of <see cref="FeedSet.All"/>.
/// </summary>
public sealed class ReadModelDbContext(DbContextOptions<ReadModelDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder model)
    {
        foreach (var set in FeedSet.All) set.AddTo(model);
        model.Entity<Document>().ToSqlQuery(DocumentsAsOfToday(ReadModelTables.Documents));
        model.Entity<PartyStatus>().ToSqlQuery(PartyStatusAsOfToday(ReadModelTables.PartyStatus));
        model.Entity<PartyStatus>().Property(p => p.Binding).HasColumnName("binding");
        var followUp = model.Entity<FollowUp>();
        followUp.ToSqlQuery(FollowUp.Sql);
        followUp.Property(f => f.Overdue).HasColumnName("overdue");
        model.Entity<Warning>().ToSqlQuery(WarningRow.Sql);
    }

    /// <summary>
    /// The documents with the status in effect today (ADR 0027) and, for agreements that renew themselves, today's period
    /// and next notice deadline (ADR 0034): the table holds the recorded status, which an end
    /// date passing at midnight does not change. PostgreSQL flattens the subquery, so filters still use the indexes.
    /// </summary>
    private static string DocumentsAsOfToday(ReadModelTable table)
    {
        var (status, label) = Registry.Validity.Lapse.Sql(TodayParameter.Placeholder);
        var (periodFrom, periodTo, nextNoticeDeadline) = Registry.Validity.RenewalPeriods.Sql(TodayParameter.Placeholder);
        return AsOfToday(table, new()
        {
            ["status"] = status,
            ["status_label"] = label,
            ["current_period_from"] = periodFrom,
            ["current_period_to"] = periodTo,
            ["notice_deadline"] = $"coalesce({nextNoticeDeadline}, notice_deadline)",
        }, table.QualifiedName);
    }

    /// <summary>
    /// Each party's part as of today, the same way: the table holds the recorded state; state, label and in force are
    /// computed with <see cref="Registry.Adoption.PartyLapse.Sql"/>, a gap after a late extension from the document's row;
    /// <c>binding</c> keeps the recorded in force for questions about a past day.
    /// </summary>
    private static string PartyStatusAsOfToday(ReadModelTable table)
    {
        var (state, label, inForce) = Registry.Adoption.PartyLapse.Sql(TodayParameter.Placeholder);
        return AsOfToday(table, new() { ["state"] = state, ["state_label"] = label, ["in_force"] = inForce },
            $"(select p.*, p.in_force as binding, d.resumes_on from {table.QualifiedName} p left join {ReadModelTables.Documents.QualifiedName} d on d.id = p.document_id) as p", "binding");
    }

    private static string AsOfToday(ReadModelTable table, Dictionary<string, string> computed, string from, params string[] extra)
    {
        var columns = table.Properties.Select(p => ReadModelTable.Column(p.Name))
            .Select(c => computed.TryGetValue(c, out var sql) ? $"{sql} as {c}" : c)
            .Concat(extra);
        return $"select {string.Join(", ", columns)} from {from}";
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("The read model is written by its projection only.");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The read model is written by its projection only.");
}
