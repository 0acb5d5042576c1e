namespace Registry.Web.Ui.Display;

/// <summary>How an issued warning's threshold and deliveries read in Swedish on the document page.</summary>
public static class WarningLabels
{
    public static string Threshold(int days) => days switch
    {
        0 => "samma dag",
        1 => "1 dag före",
        -1 => "1 dag efter",
        < 0 => $"{-days} dagar efter",
        _ => $"{days} dagar före",
    };

    public static string Deliveries(IssuedWarning warning, IReadOnlyList<IssuedWarning> all)
    {
        if (warning.CoveredBy is { } by)
        {
            var head = all.FirstOrDefault(w => w.Id == by);
            return head is null
                ? "Skickades inte: täcks av en mer brådskande varning"
                : $"Skickades inte: täcks av varningen {Threshold(head.ThresholdDays)}";
        }
        return warning.Deliveries.Count == 0
            ? "Ingen kanal konfigurerad"
            : string.Join("; ", warning.Deliveries.Select(d => $"{Channel(d.Channel)}: {Status(d.Status)}"));
    }

    private static string Channel(string channel) => channel switch
    {
        WarningChannels.Email => "e-post",
        WarningChannels.Teams => "Teams",
        _ => channel,
    };

    private static string Status(string status) => status switch
    {
        WarningDelivery.Pending => "väntar på leverans",
        WarningDelivery.Delivered => "levererad",
        WarningDelivery.Stale => "inaktuell, skickades inte",
        _ => status,
    };
}
