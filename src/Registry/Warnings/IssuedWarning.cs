namespace Registry.Warnings;

/// <summary>A warning as recorded in <see cref="WarningTables.Warnings"/>: plain columns, so it can be read as is.</summary>
public sealed class IssuedWarning
{
    public Guid Id { get; init; }
    public Guid DocumentId { get; init; }
    public string Title { get; init; } = "";
    public string DocumentKind { get; init; } = "";
    /// <summary>expiry, noticeDeadline, remissDeadline or followUp.</summary>
    public string Kind { get; init; } = "";
    public string KindLabel => WarningKinds.Parse(Kind)?.Label() ?? Kind;
    public string Subject { get; init; } = "";
    public int ThresholdDays { get; init; }
    public LocalDate TargetDate { get; init; }
    public string Details { get; init; } = "";
    public Instant IssuedAt { get; init; }
    /// <summary>Comma-separated channels the warning was sent through (email, webhook); empty when none is configured.</summary>
    public string Channels { get; init; } = "";
    /// <summary>Comma-separated email recipients.</summary>
    public string Recipients { get; init; } = "";
    public Instant? AcknowledgedAt { get; init; }
    public string? AcknowledgedBy { get; init; }
    /// <summary>The bodies owning the document when the warning was issued (who decides on an extension).</summary>
    public IReadOnlyList<string> OwnerBodies { get; init; } = [];
    /// <summary>
    /// Set when this threshold was reached together with a more urgent one of the same deadline: the warning named
    /// here was sent instead, and this one only recorded (ADR 0022).
    /// </summary>
    public Guid? CoveredBy { get; init; }
    public List<WarningDelivery> Deliveries { get; init; } = [];
}

/// <summary>Delivery of one warning through one channel to one target (a webhook URL; empty for email).</summary>
public sealed record WarningDelivery(string Channel, string Target, string Status, int Attempts, string? LastError,
    Instant? DeliveredAt)
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    /// <summary>Not sent: the target date changed before the channel could deliver it.</summary>
    public const string Stale = "stale";
}
