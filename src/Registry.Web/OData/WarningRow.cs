namespace Registry.Web.OData;

/// <summary>
/// An issued warning as the OData feed shows it: a read-only view of <c>registry.warnings</c> (written by the
/// warnings feature, docs/warnings.md) with dates as <see cref="DateOnly"/>/<see cref="DateTimeOffset"/> for
/// Edm.Date/Edm.DateTimeOffset, and the state of its deliveries summed up in one column.
/// </summary>
public class WarningRow
{
    public Guid Id { get; set; }
    public Guid DocumentId { get; set; }
    public string Title { get; set; } = "";
    public string DocumentKind { get; set; } = "";
    /// <summary>expiry, noticeDeadline, remissDeadline or followUp.</summary>
    public string Kind { get; set; } = "";
    public string Subject { get; set; } = "";
    public int ThresholdDays { get; set; }
    public DateOnly TargetDate { get; set; }
    public string Details { get; set; } = "";
    public DateTimeOffset IssuedAt { get; set; }
    public string Channels { get; set; } = "";
    public string Recipients { get; set; } = "";
    /// <summary>
    /// none (no channel configured), pending (a channel still to deliver), stale, delivered, or covered (reached
    /// together with a more urgent threshold of the same deadline, which was sent instead).
    /// </summary>
    public string DeliveryStatus { get; set; } = "";
    /// <summary>The warning sent instead of this one, when it was covered (ADR 0022).</summary>
    public Guid? CoveredBy { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public string? AcknowledgedBy { get; set; }

    /// <summary>
    /// The warning columns as they are, plus the delivery summary. EF Core composes the OData query around it,
    /// and PostgreSQL flattens the subquery, so filters still use the table's indexes.
    /// </summary>
    public const string Sql = $"""
        select w.id, w.document_id, w.title, w.document_kind, w.kind, w.subject, w.threshold_days, w.target_date,
               w.details, w.issued_at, w.channels, w.recipients, w.acknowledged_at, w.acknowledged_by, w.covered_by,
               (select case when w.covered_by is not null then 'covered'
                            when count(*) = 0 then 'none'
                            when bool_or(d.status = '{WarningDelivery.Pending}') then '{WarningDelivery.Pending}'
                            when bool_or(d.status = '{WarningDelivery.Stale}') then '{WarningDelivery.Stale}'
                            else '{WarningDelivery.Delivered}' end
                from {WarningTables.Deliveries} d where d.warning_id = w.id) as delivery_status
        from {WarningTables.Warnings} w
        """;
}
