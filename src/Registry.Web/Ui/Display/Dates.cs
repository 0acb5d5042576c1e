using System.Globalization;
using NodaTime;
using Registry.Documents;

namespace Registry.Web.Ui.Display;

/// <summary>Dates as Swedish readers write them (ISO), instants in Stockholm time, days left from the injected clock.</summary>
public static class Dates
{
    public static string Show(LocalDate? date) => EventDescription.Date(date);

    public static string Show(Instant instant) =>
        instant.InStockholm().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Days from today to the end date, for a document in force; null when it has none.</summary>
    public static int? DaysLeft(Styrdokument document, LocalDate today) =>
        document.Status.IsInForce() && document.ValidTo is { } end ? Period.DaysBetween(today, end) : null;

    public static string ShowDaysLeft(int? days) => days switch
    {
        null => "–",
        < 0 => $"passerat för {-days} dagar sedan",
        0 => "sista dagen i dag",
        1 => "1 dag",
        _ => $"{days} dagar",
    };
}
