using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Registry.Warnings;

/// <summary>
/// Flat PostgreSQL tables, created and migrated by Marten with the rest of the schema:
/// the upcoming deadlines (a projection of the events), the warnings issued, and their delivery per channel.
/// </summary>
public static class WarningTables
{
    public const string Deadlines = RegistryStore.SchemaName + ".warning_deadlines";
    public const string Warnings = RegistryStore.SchemaName + ".warnings";
    public const string Deliveries = RegistryStore.SchemaName + ".warning_deliveries";
    public const string Digests = RegistryStore.SchemaName + ".warning_digests";

    public static IEnumerable<Table> All()
    {
        var deadlines = Table("warning_deadlines");
        deadlines.AddColumn("document_id", "uuid").AsPrimaryKey();
        deadlines.AddColumn("kind", "text").AsPrimaryKey();
        deadlines.AddColumn("subject", "text").AsPrimaryKey();
        deadlines.AddColumn("target_date", "date").NotNull();
        deadlines.AddColumn("title", "text").NotNull();
        deadlines.AddColumn("document_kind", "text").NotNull();
        deadlines.AddColumn("owner_bodies", "text[]").NotNull();
        deadlines.AddColumn("details", "text").NotNull();
        // E-mail addresses of the people responsible for the document; filled once responsible persons are recorded.
        deadlines.AddColumn("responsible_contacts", "text[]").AllowNulls();
        deadlines.Indexes.Add(new IndexDefinition("ix_warning_deadlines_target_date") { Columns = ["target_date"] });
        yield return deadlines;

        var warnings = Table("warnings");
        warnings.AddColumn("id", "uuid").AsPrimaryKey();
        warnings.AddColumn("document_id", "uuid").NotNull();
        warnings.AddColumn("title", "text").NotNull();
        warnings.AddColumn("document_kind", "text").NotNull();
        warnings.AddColumn("kind", "text").NotNull();
        warnings.AddColumn("subject", "text").NotNull();
        warnings.AddColumn("threshold_days", "integer").NotNull();
        warnings.AddColumn("target_date", "date").NotNull();
        warnings.AddColumn("details", "text").NotNull();
        warnings.AddColumn("issued_at", "timestamp with time zone").NotNull();
        warnings.AddColumn("channels", "text").NotNull();
        warnings.AddColumn("recipients", "text").NotNull();
        warnings.AddColumn("acknowledged_at", "timestamp with time zone").AllowNulls();
        warnings.AddColumn("acknowledged_by", "text").AllowNulls();
        warnings.AddColumn("owner_bodies", "text[]").AllowNulls();
        // Reached in the same evaluation as a more urgent threshold of the same deadline: recorded, never sent (ADR 0022).
        warnings.AddColumn("covered_by", "uuid").AllowNulls();
        warnings.Indexes.Add(new IndexDefinition("ix_warnings_document_id") { Columns = ["document_id"] });
        // The business key of a warning: issued at most once per deadline, target date and threshold.
        warnings.Indexes.Add(new IndexDefinition("ux_warnings_key")
        {
            Columns = ["document_id", "kind", "subject", "target_date", "threshold_days"],
            IsUnique = true,
        });
        yield return warnings;

        var deliveries = Table("warning_deliveries");
        deliveries.AddColumn("warning_id", "uuid").AsPrimaryKey();
        deliveries.AddColumn("channel", "text").AsPrimaryKey();
        deliveries.AddColumn("target", "text").AsPrimaryKey();
        yield return WithDeliveryState(deliveries);

        // One summary per recipient and period, whichever node gets there first (docs/warnings.md, ADR 0023).
        var digests = Table("warning_digests");
        digests.AddColumn("recipient", "text").AsPrimaryKey();
        digests.AddColumn("period_start", "date").AsPrimaryKey();
        digests.AddColumn("issued_at", "timestamp with time zone").NotNull();
        yield return WithDeliveryState(digests);
    }

    private static Table Table(string name) =>
        new(new PostgresqlObjectName(RegistryStore.SchemaName, name, default(Weasel.Postgresql.SchemaUtils.IdentifierUsage)));

    /// <summary>What the sender keeps of a message to deliver (a warning per channel, a digest): retried until delivered.</summary>
    private static Table WithDeliveryState(Table table)
    {
        table.AddColumn("status", "text").NotNull();
        table.AddColumn("attempts", "integer").NotNull();
        table.AddColumn("last_error", "text").AllowNulls();
        table.AddColumn("delivered_at", "timestamp with time zone").AllowNulls();
        return table;
    }
}
