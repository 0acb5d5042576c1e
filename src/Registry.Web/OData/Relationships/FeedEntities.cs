using Registry.ReadModels;

namespace Registry.Web.OData;

// The feed's entity types: the read rows (one class per table, written by the projection) plus navigation
// properties, which EF Core maps to joins and the EDM publishes with referential constraints (DocumentId -> Id),
// so Power BI detects the relationships itself. The rows stay free of navigation (docs/adr/0021).

/// <summary>A document with every set that belongs to it.</summary>
public sealed class Document : DocumentRow
{
    public List<ValidityPeriod> ValidityPeriods { get; set; } = [];
    public List<LifecycleEvent> LifecycleEvents { get; set; } = [];
    public List<Decision> Decisions { get; set; } = [];
    public List<Consultation> Consultations { get; set; } = [];
    public List<ConsultationResponse> ConsultationResponses { get; set; } = [];
    public List<Warning> Warnings { get; set; } = [];
    public List<PartyStatus> PartyStatus { get; set; } = [];
    public List<Relation> Relations { get; set; } = [];
    public List<FollowUp> FollowUps { get; set; } = [];
}

/// <summary>A follow-up with whether it is overdue today (computed in the query, never stored).</summary>
public sealed class FollowUp : FollowUpRow
{
    /// <summary>The follow-up rows with <see cref="Overdue"/> computed against the registry's today (<see cref="TodayParameter"/>).</summary>
    public const string Sql = $"""
        select f.*, (not f.done and f.due_on < {TodayParameter.Placeholder}) as overdue
        from {Registry.Infrastructure.RegistryStore.SchemaName}.odata_follow_ups f
        """;

    /// <summary>Not done and its date has passed, as of today in Stockholm by the registry's clock.</summary>
    public bool Overdue { get; set; }
    public Document? Document { get; set; }
}

/// <summary>A relation the document (FromId) holds to another (ToId).</summary>
public sealed class Relation : RelationRow
{
    public Document? Document { get; set; }
}

public sealed class ValidityPeriod : ValidityPeriodRow
{
    public Document? Document { get; set; }
}

public sealed class LifecycleEvent : LifecycleEventRow
{
    public Document? Document { get; set; }
}

public sealed class Decision : DecisionRow
{
    public Document? Document { get; set; }
}

public sealed class Consultation : ConsultationRow
{
    public Document? Document { get; set; }
}

public sealed class ConsultationResponse : ConsultationResponseRow
{
    public Document? Document { get; set; }
}

public sealed class PartyStatus : PartyStatusRow
{
    /// <summary>
    /// Whether the party's decision binds it to the document's period as recorded (InForce, State and StateLabel are as
    /// of today, ADR 0027): with InForceFrom/InForceTo, what bound the party on a day in the past.
    /// </summary>
    public bool Binding { get; set; }

    public Document? Document { get; set; }
}

public sealed class Warning : WarningRow
{
    public Document? Document { get; set; }
}

/// <summary>A recorded meeting (sammanträde).</summary>
public sealed class Meeting : MeetingRow;

/// <summary>A numbered point of a meeting.</summary>
public sealed class AgendaItem : AgendaItemRow;

/// <summary>A position taken under a point, on one document.</summary>
public sealed class Position : PositionRow;
