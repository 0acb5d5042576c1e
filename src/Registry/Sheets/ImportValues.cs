using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using Registry.Provenance;

namespace Registry.Sheets;

/// <summary>A cell the import cannot read, named by its field; the row is refused with this message.</summary>
public sealed class CellProblem(string message, ImportField field) : Exception(message)
{
    public ImportField Field { get; } = field;
}

/// <summary>A date as a register gives it: the date, its precision, and whether the cell said anything at all.</summary>
public sealed record ImportedDate(bool Given, LocalDate? Date, DatePrecision Precision)
{
    public static readonly ImportedDate None = new(false, null, DatePrecision.Day);
}

/// <summary>
/// Reads register cells as people write them: dates as real date cells or as text at their precision
/// ("2021-06-14", "juni 2021", "2021-06", "2015", "ca 2015", "okänt", and "tills vidare" for an open end), notice
/// periods as whole months ("8", "8 månader"), owner bodies separated by commas, semicolons or line breaks.
/// </summary>
public static partial class ImportValues
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static string? Text(SheetCell cell) => string.IsNullOrWhiteSpace(cell.Text) ? null : cell.Text.Trim();

    public static IReadOnlyList<string> List(SheetCell cell) =>
        (Text(cell) ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static ImportedDate Date(SheetCell cell, SheetCell precisionCell, ImportField field, ImportField precisionField, bool end)
    {
        var stated = PrecisionOf(precisionCell, precisionField);
        ImportedDate read;
        if (cell.Date is { } date) read = new ImportedDate(true, date, DatePrecision.Day);
        else if (Text(cell) is not { } text)
            read = stated == DatePrecision.Unknown ? new ImportedDate(true, null, DatePrecision.Unknown) : ImportedDate.None;
        else read = Parse(text.ToLower(Swedish), field, end);
        return stated is { } precision && read.Date is not null ? read with { Precision = precision } : read;
    }

    private static ImportedDate Parse(string text, ImportField field, bool end)
    {
        if (text is "okänt" or "okänd" or "?") return new ImportedDate(true, null, DatePrecision.Unknown);
        if (text is "tills vidare" or "tillsvidare")
            return end ? new ImportedDate(true, null, DatePrecision.Day)
                : throw new CellProblem("\"Tills vidare\" kan bara stå som slutdatum.", field);
        var approximate = Approximate().Match(text);
        if (approximate.Success)
            return Year(int.Parse(approximate.Groups[1].Value, CultureInfo.InvariantCulture), end, DatePrecision.Approximate, field);
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return Year(year, end, DatePrecision.Year, field);
        var day = LocalDatePattern.Iso.Parse(text.Length > 10 && text[10] is ' ' or 'T' ? text[..10] : text);
        if (day.Success) return new ImportedDate(true, day.Value, DatePrecision.Day);
        if (MonthOf(text) is { } month)
            return new ImportedDate(true, end ? month.With(DateAdjusters.EndOfMonth) : month, DatePrecision.Month);
        throw new CellProblem($"\"{text}\" är inget datum. Skriv t.ex. 2021-06-14, juni 2021, 2021-06, 2015, ca 2015 eller okänt.", field);
    }

    private static ImportedDate Year(int year, bool end, DatePrecision precision, ImportField field) =>
        year is >= 1900 and <= 2199
            ? new ImportedDate(true, end ? new LocalDate(year, 12, 31) : new LocalDate(year, 1, 1), precision)
            : throw new CellProblem($"Året {year} ligger utanför 1900–2199.", field);

    private static LocalDate? MonthOf(string text)
    {
        var numeric = LocalDatePattern.CreateWithInvariantCulture("uuuu-MM").Parse(text);
        if (numeric.Success) return numeric.Value;
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2199)
            return null;
        var names = Swedish.DateTimeFormat.MonthNames;
        var index = Array.FindIndex(names, n => n.Length > 0 && (n == parts[0] || n[..3] == parts[0].TrimEnd('.')));
        return index < 0 ? null : new LocalDate(year, index + 1, 1);
    }

    private static DatePrecision? PrecisionOf(SheetCell cell, ImportField field)
    {
        if (Text(cell) is not { } text) return null;
        foreach (var precision in Enum.GetValues<DatePrecision>())
            if (string.Equals(precision.Label(), text, StringComparison.OrdinalIgnoreCase)) return precision;
        throw new CellProblem($"\"{text}\" är ingen precision. Skriv Dag, Månad, År, Ungefärligt eller Okänt.", field);
    }

    /// <summary>Whole months: "8", "8 månader", "12 mån".</summary>
    public static int? Months(SheetCell cell)
    {
        if (Text(cell) is not { } text) return null;
        var match = MonthsPattern().Match(text.ToLower(Swedish));
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var months)
            ? months
            : throw new CellProblem($"\"{text}\" är ingen uppsägningstid. Skriv antalet hela månader, t.ex. 8.", ImportField.NoticePeriod);
    }

    [GeneratedRegex(@"^(?:ca\.?|cirka|omkring)\s*(\d{4})$")]
    private static partial Regex Approximate();

    [GeneratedRegex(@"^(\d{1,3})(?:[.,]0+)?\s*(?:mån|månad|månader)?\.?$")]
    private static partial Regex MonthsPattern();
}
