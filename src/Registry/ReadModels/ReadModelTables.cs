using System.Reflection;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Registry.ReadModels;

/// <summary>A read table: its row class, its name and its key columns. Columns follow the row's properties.</summary>
public sealed record ReadModelTable(Type RowType, string Name, string[] Key, string DocumentColumn, string[][] Indexes)
{
    public string QualifiedName => $"{RegistryStore.SchemaName}.{Name}";

    public static string Column(string property) => JsonNamingPolicy.SnakeCaseLower.ConvertName(property);

    public IEnumerable<PropertyInfo> Properties => RowType.GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public Table ToWeaselTable()
    {
        var table = new Table(new PostgresqlObjectName(RegistryStore.SchemaName, Name, SchemaUtils.IdentifierUsage.General));
        var nullability = new NullabilityInfoContext();
        foreach (var property in Properties)
        {
            var column = table.AddColumn(Column(property.Name), PostgresType(property.PropertyType));
            if (Key.Contains(property.Name)) column.AsPrimaryKey();
            else if (nullability.Create(property).WriteState != NullabilityState.Nullable) column.NotNull();
        }
        foreach (var index in Indexes)
        {
            var columns = index.Select(Column).ToArray();
            var definition = new IndexDefinition($"ix_{Name}_{string.Join("_", columns)}") { Columns = columns };
            // The OData feed sorts nulls first ascending (last descending): an index in that order serves both.
            if (index is [var single] && nullability.Create(RowType.GetProperty(single)!).WriteState == NullabilityState.Nullable)
                definition.NullsSortOrder = NullsSortOrder.First;
            table.Indexes.Add(definition);
        }
        return table;
    }

    private static string PostgresType(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(Guid) => "uuid",
        var t when t == typeof(string) => "text",
        var t when t == typeof(int) => "integer",
        var t when t == typeof(long) => "bigint",
        var t when t == typeof(bool) => "boolean",
        var t when t == typeof(DateOnly) => "date",
        var t when t == typeof(DateTimeOffset) => "timestamp with time zone",
        var t => throw new NotSupportedException($"No column type for {t.Name}."),
    };
}

public static class ReadModelTables
{
    public static readonly ReadModelTable Documents = new(typeof(DocumentRow), "odata_documents", ["Id"], "Id",
        [["Title", "Id"], ["ValidTo"], ["ValidFrom"], ["NoticeDeadline"]]);

    public static readonly ReadModelTable ValidityPeriods = new(typeof(ValidityPeriodRow), "odata_validity_periods",
        ["DocumentId", "Number"], "DocumentId", [["ValidFrom", "ValidTo"]]);

    public static readonly ReadModelTable LifecycleEvents = new(typeof(LifecycleEventRow), "odata_lifecycle_events",
        ["Id"], "DocumentId", [["DocumentId", "Sequence"], ["RecordedAt"]]);

    public static readonly ReadModelTable Decisions = new(typeof(DecisionRow), "odata_decisions", ["Id"], "DocumentId",
        [["DocumentId"], ["MeetingDate"]]);

    public static readonly ReadModelTable Consultations = new(typeof(ConsultationRow), "odata_consultations",
        ["DocumentId", "Number"], "DocumentId", [["ResponseDeadline"], ["PackageId"]]);

    public static readonly ReadModelTable ConsultationResponses = new(typeof(ConsultationResponseRow),
        "odata_consultation_responses", ["DocumentId", "ConsultationNumber", "Recipient"], "DocumentId", []);

    public static readonly ReadModelTable PartyStatus = new(typeof(PartyStatusRow), "odata_party_status",
        ["DocumentId", "Party"], "DocumentId", [["Party"]]);

    public static readonly ReadModelTable Relations = new(typeof(RelationRow), "odata_relations",
        ["FromId", "ToId", "Kind"], "FromId", [["ToId"]]);

    public static readonly ReadModelTable FollowUps = new(typeof(FollowUpRow), "odata_follow_ups",
        ["DocumentId", "Key"], "DocumentId", [["DueOn"]]);

    public static readonly ReadModelTable Meetings = new(typeof(MeetingRow), "odata_meetings", ["Id"], "Id", [["Date"]]);

    public static readonly ReadModelTable AgendaItems = new(typeof(AgendaItemRow), "odata_agenda_items",
        ["MeetingId", "Number"], "MeetingId", []);

    public static readonly ReadModelTable Positions = new(typeof(PositionRow), "odata_positions", ["Id"], "MeetingId",
        [["DocumentId"], ["MeetingId"]]);

    public static readonly IReadOnlyList<ReadModelTable> All =
        [Documents, ValidityPeriods, LifecycleEvents, Decisions, Consultations, ConsultationResponses, Relations, FollowUps, Meetings, AgendaItems, Positions,
        PartyStatus];
}
