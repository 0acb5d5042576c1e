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
}

public static class DocumentStatusExtensions
{
    public static bool IsTerminal(this DocumentStatus status) =>
        status is DocumentStatus.Expired or DocumentStatus.Superseded or DocumentStatus.Withdrawn;

    public static bool IsBeforeEntryIntoForce(this DocumentStatus status) =>
        status is DocumentStatus.Draft or DocumentStatus.InConsultation or DocumentStatus.Endorsed or DocumentStatus.Adopted;

    public static bool IsInForce(this DocumentStatus status) =>
        status is DocumentStatus.InForce or DocumentStatus.NoticeGiven;

    /// <summary>Swedish label shown to users.</summary>
    public static string Label(this DocumentStatus status) => status switch
    {
        DocumentStatus.Draft => "Utkast",
        DocumentStatus.InConsultation => "På remiss",
        DocumentStatus.Endorsed => "Ställningstagande fattat",
        DocumentStatus.Adopted => "Antagen",
        DocumentStatus.InForce => "Gällande",
        DocumentStatus.NoticeGiven => "Uppsagd",
        DocumentStatus.Expired => "Upphört",
        DocumentStatus.Superseded => "Ersatt",
        DocumentStatus.Withdrawn => "Återkallad",
        _ => status.ToString(),
    };
}
