using NodaTime;
using Registry.Documents;
using Registry.Provenance;

namespace Registry.Sheets;

/// <summary>
/// The overview and a document's history as spreadsheets with Swedish headers. The overview's columns are the
/// import's own (<see cref="ImportColumns"/>), so an exported file imported again changes nothing.
/// </summary>
public static class RegisterExport
{
    private static readonly ImportField[] OverviewFields =
    [
        ImportField.Id, ImportField.Title, ImportField.Kind, ImportField.OwnerBodies, ImportField.Ignored,
        ImportField.ValidFrom, ImportField.ValidFromPrecision, ImportField.ValidTo, ImportField.ValidToPrecision,
        ImportField.NoticePeriod, ImportField.DecisionBody, ImportField.DecisionDate, ImportField.DecisionPoint, ImportField.Link,
    ];

    /// <summary>The overview as of <paramref name="today"/>: the status column says what the UI says (ADR 0027).</summary>
    public static void Overview(Stream output, IEnumerable<Styrdokument> documents, LocalDate today) =>
        XlsxSheetWriter.Write(output, "Styrdokument", OverviewFields.Select(ImportColumns.Header).ToList(),
            documents.Select(d => OverviewRow(d, today)));

    private static IReadOnlyList<object?> OverviewRow(Styrdokument d, LocalDate today) =>
    [
        d.Id.ToString(), d.Title, DocumentKinds.Label(d.Kind), string.Join(", ", d.OwnerBodies),
        Registry.Validity.Lapse.EffectiveStatus(d, today).Label(),
        d.ValidFrom, PrecisionOf(d.ValidFrom, d.ValidFromPrecision, d.Status), d.ValidTo, PrecisionOf(d.ValidTo, d.ValidToPrecision, d.Status),
        d.NoticePeriodMonths, d.LastDecision?.Body, DateCell(d.LastDecision?.MeetingDate, d.LastDecision?.MeetingDatePrecision),
        d.LastDecision?.AgendaItem, d.OfficialTextUrl,
    ];

    /// <summary>Stated for a date the registry holds, or one its source leaves unknown; blank when there is none.</summary>
    private static string? PrecisionOf(LocalDate? date, DatePrecision precision, DocumentStatus status) =>
        date is not null || precision == DatePrecision.Unknown && !status.IsBeforeEntryIntoForce() ? precision.Label() : null;

    /// <summary>A real date cell when the day is known, else the date as people write it ("juni 2021").</summary>
    private static object? DateCell(LocalDate? date, DatePrecision? precision) =>
        precision is null or DatePrecision.Day ? date : DatePrecisions.Show(date, precision);

    private static readonly string[] HistoryHeaders =
        ["Nr", "Datum", "Datum, precision", "Händelse", "Beskrivning", "Källa", "Anteckning", "Beslut", "Registrerad av", "Registrerad"];

    /// <summary>Every event of one document, oldest first, as the document page's history describes it.</summary>
    public static void History(Stream output, Styrdokument document, IEnumerable<(long Version, IDocumentEvent Event)> events) =>
        XlsxSheetWriter.Write(output, "Historik", HistoryHeaders, events.Select(e =>
        {
            var description = e.Event.Describe();
            var recorded = e.Event.Recorded.At.InZone(StockholmTime.Zone);
            return (IReadOnlyList<object?>)
            [
                (int)e.Version, DateCell(description.BusinessDate, description.BusinessDatePrecision),
                description.BusinessDate is null ? null : description.BusinessDatePrecision.Label(),
                description.Label, description.Summary, Source.Show(description.Source), description.Note,
                description.Decision?.Decision.ToString(), e.Event.Recorded.By,
                recorded.LocalDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ];
        }));
}
