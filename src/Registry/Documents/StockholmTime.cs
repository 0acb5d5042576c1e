namespace Registry.Documents;

/// <summary>
/// The registry's "today": the date in Europe/Stockholm by the injected clock. Decisions, validity and warnings all
/// count days by it, so a document's end date passes at midnight in Sweden, not in UTC.
/// </summary>
public static class StockholmTime
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    public static LocalDate TodayInStockholm(this IClock clock) => clock.GetCurrentInstant().InZone(Zone).Date;

    public static ZonedDateTime InStockholm(this Instant instant) => instant.InZone(Zone);

    public static Instant InStockholm(this LocalDate date, LocalTime time) => date.At(time).InZoneLeniently(Zone).ToInstant();
}
