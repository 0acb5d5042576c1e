namespace Registry.Web.Ui.Display;

/// <summary>Dates as Swedish readers write them (ISO), instants in Stockholm time, days left from the injected clock.</summary>
public static class Dates
{
    public static string Show(LocalDate? date) => EventDescription.Date(date);

    /// <summary>A date at its precision ("juni 2021", "ca 2015", "okänt"); "–" when there is none and none was expected.</summary>
    public static string Show(LocalDate? date, Registry.Provenance.DatePrecision precision) =>
        date is null && precision != Registry.Provenance.DatePrecision.Unknown ? "–" : Registry.Provenance.DatePrecisions.Show(date, precision);

    public static string Show(Instant instant) =>
        instant.InStockholm().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Days from today to the end date, for a document in force; null when it has none.</summary>
    public static int? DaysLeft(Styrdokument document, LocalDate today) =>
        document.Status.IsInForce() && document.ValidTo is { } end && Registry.Validity.RenewalPeriods.CurrentRenewal(document) is null
            ? Period.DaysBetween(today, end)
            : null;

    public static string ShowDaysLeft(int? days) => days switch
    {
        null => "–",
        < 0 => $"passerat för {-days} dagar sedan",
        0 => "sista dagen i dag",
        1 => "1 dag",
        _ => $"{days} dagar",
    };
}
