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
        var followUp = model.Entity<FollowUp>();
        followUp.ToSqlQuery(FollowUp.Sql);
        followUp.Property(f => f.Overdue).HasColumnName("overdue");
        model.Entity<Warning>().ToSqlQuery(WarningRow.Sql);
    }

    /// <summary>
    /// The documents with the status in effect today (ADR 0027): the table holds the recorded status, which an end
    /// date passing at midnight does not change. PostgreSQL flattens the subquery, so filters still use the indexes.
    /// </summary>
    private static string DocumentsAsOfToday(ReadModelTable table)
    {
        var (status, label) = Registry.Validity.Lapse.Sql(TodayParameter.Placeholder);
        var columns = table.Properties.Select(p => ReadModelTable.Column(p.Name)).Select(c => c switch
        {
            "status" => $"{status} as status",
            "status_label" => $"{label} as status_label",
            _ => c,
        });
        return $"select {string.Join(", ", columns)} from {table.QualifiedName}";
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("The read model is written by its projection only.");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The read model is written by its projection only.");
}
