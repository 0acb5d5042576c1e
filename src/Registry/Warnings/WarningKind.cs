namespace Registry.Warnings;

public enum WarningKind
{
    Expiry,
    NoticeDeadline,
    RemissDeadline,
    FollowUp,
    ReviewDate,

    /// <summary>A proposed extension still waits for decisions as the end date nears.</summary>
    ExtensionDecisions,

    /// <summary>A follow-up not done after its date: warned once per overdue period until it is done (ADR 0029).</summary>
    FollowUpOverdue,
}

public static class WarningKinds
{
    /// <summary>The key stored in the database and used in configuration and the API.</summary>
    public static string Key(this WarningKind kind) => kind switch
    {
        WarningKind.Expiry => "expiry",
        WarningKind.NoticeDeadline => "noticeDeadline",
        WarningKind.RemissDeadline => "remissDeadline",
        WarningKind.FollowUp => "followUp",
        WarningKind.ReviewDate => "reviewDate",
        WarningKind.ExtensionDecisions => "extensionDecisions",
        WarningKind.FollowUpOverdue => "followUpOverdue",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static WarningKind? Parse(string key) =>
        Enum.GetValues<WarningKind>().Cast<WarningKind?>()
            .FirstOrDefault(k => string.Equals(k!.Value.Key(), key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Swedish label shown to users: what the target date is.</summary>
    public static string Label(this WarningKind kind) => kind switch
    {
        WarningKind.Expiry => "Dokumentet upphör",
        WarningKind.NoticeDeadline => "Sista dag för uppsägning",
        WarningKind.RemissDeadline => "Sista svarsdag för remiss",
        WarningKind.FollowUp => "Uppföljning ska göras",
        WarningKind.ReviewDate => "Omprövning av villkor för upphörande",
        WarningKind.ExtensionDecisions => "Förlängning föreslagen, beslut saknas",
        WarningKind.FollowUpOverdue => "Uppföljning försenad",
        _ => kind.ToString(),
    };
}
