namespace Registry.Documents;

public enum DocumentStatus
{
    Draft,
    InConsultation,
    Endorsed,
    Adopted,
    InForce,
    NoticeGiven,
    Expired,
    Superseded,
    Withdrawn,

    /// <summary>Computed, never recorded: in force until an end date that has passed (see <see cref="Registry.Validity.Lapse"/>).</summary>
    Lapsed,
}

public static class DocumentStatusExtensions
{
    public static bool IsTerminal(this DocumentStatus status) =>
        status is DocumentStatus.Expired or DocumentStatus.Superseded or DocumentStatus.Withdrawn;

    public static bool IsBeforeEntryIntoForce(this DocumentStatus status) =>
        status is DocumentStatus.Draft or DocumentStatus.InConsultation or DocumentStatus.Endorsed or DocumentStatus.Adopted;

    public static bool IsInForce(this DocumentStatus status) =>
        status is DocumentStatus.InForce or DocumentStatus.NoticeGiven;

    /// <summary>
    /// Swedish label shown to users, in the neuter of "dokumentet" and "avtalet". "Tillstyrkt": SRO or VVG has taken a
    /// position for it (ställer sig bakom, rekommenderar huvudmännen, överlämnar till huvudmännen för beslut).
    /// </summary>
    public static string Label(this DocumentStatus status) => status switch
    {
        DocumentStatus.Draft => "Utkast",
        DocumentStatus.InConsultation => "På remiss",
        DocumentStatus.Endorsed => "Tillstyrkt",
        DocumentStatus.Adopted => "Antaget",
        DocumentStatus.InForce => "Gällande",
        DocumentStatus.NoticeGiven => "Uppsagt",
        DocumentStatus.Expired => "Upphört",
        DocumentStatus.Superseded => "Ersatt",
        DocumentStatus.Withdrawn => "Återkallat",
        DocumentStatus.Lapsed => "Utgånget",
        _ => status.ToString(),
    };
}
