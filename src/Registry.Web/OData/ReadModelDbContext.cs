using Microsoft.EntityFrameworkCore;
using Registry.ReadModels;

namespace Registry.Web.OData;

/// <summary>
/// Read-only EF Core view of the flat read tables, so that OData queries (dates included) translate to SQL.
/// The tables are created by Marten's schema management and written only by the read-model projection; the
/// feed's entity types add the navigation between a document and its rows (docs/adr/0021).
/// </summary>
public sealed class ReadModelDbContext(DbContextOptions<ReadModelDbContext> options) : DbContext(options)
{
    public IQueryable<Document> Documents => Set<Document>();
    public IQueryable<ValidityPeriod> ValidityPeriods => Set<ValidityPeriod>();
    public IQueryable<LifecycleEvent> LifecycleEvents => Set<LifecycleEvent>();
    public IQueryable<Decision> Decisions => Set<Decision>();
    public IQueryable<Consultation> Consultations => Set<Consultation>();
    public IQueryable<ConsultationResponse> ConsultationResponses => Set<ConsultationResponse>();
    public IQueryable<Warning> Warnings => Set<Warning>();
    public IQueryable<Relation> Relations => Set<Relation>();
    public IQueryable<FollowUp> FollowUps => Set<FollowUp>();
    public IQueryable<Meeting> Meetings => Set<Meeting>();
    public IQueryable<AgendaItem> AgendaItems => Set<AgendaItem>();
    public IQueryable<Position> Positions => Set<Position>();
    public IQueryable<PartyStatus> PartyStatus => Set<PartyStatus>();

    /// <summary>The feed's entity type of each read table's row.</summary>
    public static readonly IReadOnlyDictionary<Type, Type> EntityOf = new Dictionary<Type, Type>
    {
        [typeof(DocumentRow)] = typeof(Document),
        [typeof(ValidityPeriodRow)] = typeof(ValidityPeriod),
        [typeof(LifecycleEventRow)] = typeof(LifecycleEvent),
        [typeof(DecisionRow)] = typeof(Decision),
        [typeof(ConsultationRow)] = typeof(Consultation),
        [typeof(ConsultationResponseRow)] = typeof(ConsultationResponse),
        [typeof(RelationRow)] = typeof(Relation),
        [typeof(FollowUpRow)] = typeof(FollowUp),
        [typeof(MeetingRow)] = typeof(Meeting),
        [typeof(AgendaItemRow)] = typeof(AgendaItem),
        [typeof(PositionRow)] = typeof(Position),
        [typeof(PartyStatusRow)] = typeof(PartyStatus),
    };

    protected override void OnModelCreating(ModelBuilder model)
    {
        foreach (var table in ReadModelTables.All)
        {
            var entity = model.Entity(EntityOf[table.RowType]);
            if (table == ReadModelTables.Documents) entity.ToSqlQuery(DocumentsAsOfToday(table));
            else entity.ToTable(table.Name, Registry.Infrastructure.RegistryStore.SchemaName);
            entity.HasKey(table.Key);
            foreach (var property in table.Properties)
                entity.Property(property.Name).HasColumnName(ReadModelTable.Column(property.Name));
        }
        var followUp = model.Entity<FollowUp>();
        followUp.ToSqlQuery(FollowUp.Sql);
        followUp.Property(f => f.Overdue).HasColumnName("overdue");

        // The warnings feature owns its tables (docs/warnings.md); the feed only reads them.
        var warning = model.Entity<Warning>();
        warning.ToSqlQuery(WarningRow.Sql);
        warning.HasKey(w => w.Id);
        foreach (var property in typeof(WarningRow).GetProperties())
            warning.Property(property.Name).HasColumnName(ReadModelTable.Column(property.Name));

        var document = model.Entity<Document>();
        document.HasMany(d => d.ValidityPeriods).WithOne(p => p.Document).HasForeignKey(p => p.DocumentId);
        document.HasMany(d => d.LifecycleEvents).WithOne(e => e.Document).HasForeignKey(e => e.DocumentId);
        document.HasMany(d => d.Decisions).WithOne(e => e.Document).HasForeignKey(e => e.DocumentId);
        document.HasMany(d => d.Consultations).WithOne(e => e.Document).HasForeignKey(e => e.DocumentId);
        document.HasMany(d => d.ConsultationResponses).WithOne(e => e.Document).HasForeignKey(e => e.DocumentId);
        document.HasMany(d => d.PartyStatus).WithOne(e => e.Document).HasForeignKey(e => e.DocumentId);
        document.HasMany(d => d.Relations).WithOne(r => r.Document).HasForeignKey(r => r.FromId);
        document.HasMany(d => d.FollowUps).WithOne(f => f.Document).HasForeignKey(f => f.DocumentId);
        document.HasMany(d => d.Warnings).WithOne(e => e.Document).HasForeignKey(e => e.DocumentId);
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
        var columns = table.Properties.Select(p => ReadModelTable.Column(p.Name)).Select(c => c switch
        {
            "status" => $"{status} as status",
            "status_label" => $"{label} as status_label",
            "current_period_from" => $"{periodFrom} as current_period_from",
            "current_period_to" => $"{periodTo} as current_period_to",
            "notice_deadline" => $"coalesce({nextNoticeDeadline}, notice_deadline) as notice_deadline",
            _ => c,
        });
        return $"select {string.Join(", ", columns)} from {table.QualifiedName}";
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new InvalidOperationException("The read model is written by its projection only.");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The read model is written by its projection only.");
}
