using Microsoft.EntityFrameworkCore;
using Registry.ReadModels;

namespace Registry.Web.OData;

/// <summary>
/// Read-only EF Core view of the flat read tables, so that OData queries (dates included) translate to SQL.
/// The tables are created by Marten's schema management and written only by the read-model projection.
/// </summary>
public sealed class ReadModelDbContext(DbContextOptions<ReadModelDbContext> options) : DbContext(options)
{
    public IQueryable<DocumentRow> Documents => Set<DocumentRow>();
    public IQueryable<ValidityPeriodRow> ValidityPeriods => Set<ValidityPeriodRow>();
    public IQueryable<LifecycleEventRow> LifecycleEvents => Set<LifecycleEventRow>();
    public IQueryable<DecisionRow> Decisions => Set<DecisionRow>();
    public IQueryable<ConsultationRow> Consultations => Set<ConsultationRow>();
    public IQueryable<ConsultationResponseRow> ConsultationResponses => Set<ConsultationResponseRow>();
    public IQueryable<WarningRow> Warnings => Set<WarningRow>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        foreach (var table in ReadModelTables.All)
        {
            var entity = model.Entity(table.RowType);
            entity.ToTable(table.Name, Registry.Infrastructure.RegistryStore.SchemaName);
            entity.HasKey(table.Key);
            foreach (var property in table.Properties)
                entity.Property(property.Name).HasColumnName(ReadModelTable.Column(property.Name));
        }
        // The warnings feature owns its tables (docs/warnings.md); the feed only reads them.
        var warning = model.Entity<WarningRow>();
        warning.ToSqlQuery(WarningRow.Sql);
        warning.HasKey(w => w.Id);
        foreach (var property in typeof(WarningRow).GetProperties())
            warning.Property(property.Name).HasColumnName(ReadModelTable.Column(property.Name));
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("The read model is written by its projection only.");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The read model is written by its projection only.");
}
