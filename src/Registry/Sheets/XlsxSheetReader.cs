using System.Globalization;
using System.IO.Compression;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;

namespace Registry.Sheets;

/// <summary>
/// Reads the first worksheet of an .xlsx with the Open XML SDK's forward-only reader, one cell at a time, after
/// checking how far the package unpacks (a zip bomb is refused before any part is parsed). Formulas, error values
/// and merged cells are refused: a register's cells hold values.
/// </summary>
public static class XlsxSheetReader
{
    public static SheetTable Read(ReadOnlyMemory<byte> content)
    {
        var bytes = content.ToArray();
        RequireBoundedUnpacking(bytes);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false,
                new OpenSettings { MaxCharactersInPart = SheetLimits.MaxUnpackedBytes });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException
                                       or InvalidOperationException or ArgumentException or IOException)
        {
            throw new SheetRejected(SheetFile.NotASpreadsheet);
        }
        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new SheetRejected(SheetFile.NotASpreadsheet);
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                        ?? throw new SheetRejected("Arbetsboken har inget kalkylblad.");
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                throw new SheetRejected("Det första bladet i arbetsboken är inget kalkylblad.");
            var strings = SharedStrings(workbook);
            var dates = DateStyles(workbook);
            return SheetFile.Table(Rows(part, strings, dates));
        }
    }

    /// <summary>Unpacks every entry into nothing, counting: the declared sizes of a zip can lie.</summary>
    private static void RequireBoundedUnpacking(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > SheetLimits.MaxZipEntries) throw new SheetRejected(SheetFile.NotASpreadsheet);
            var total = 0L;
            var buffer = new byte[81_920];
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    total += read;
                    if (total > SheetLimits.MaxUnpackedBytes)
                        throw new SheetRejected(
                            $"Filen packas upp till mer än {SheetLimits.MaxUnpackedBytes / (1024 * 1024)} MB och läses inte " +
                            "(den liknar en så kallad zip-bomb). Spara registret på nytt som en vanlig .xlsx-fil.");
                }
            }
        }
        catch (InvalidDataException)
        {
            throw new SheetRejected(SheetFile.NotASpreadsheet);
        }
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part) return strings;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                strings.Add(reader.LoadCurrentElement()!.InnerText);
        }
        return strings;
    }

    /// <summary>The style indexes whose number format shows a date.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var result = new HashSet<uint>();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null) return result;
        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 22 or >= 45 and <= 47 || custom.TryGetValue(id, out var code) && IsDateFormat(code))
                result.Add(index);
            index++;
        }
        return result;
    }

    /// <summary>A format code with day, month or year letters outside quotes and brackets.</summary>
    private static bool IsDateFormat(string code)
    {
        var quoted = false;
        var bracket = false;
        foreach (var c in code)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '[') bracket = true;
            else if (!quoted && c == ']') bracket = false;
            else if (!quoted && !bracket && char.ToLowerInvariant(c) is 'd' or 'm' or 'y' or 'e') return true;
        }
        return false;
    }

    private static IEnumerable<SheetRow> Rows(WorksheetPart part, List<string> strings, HashSet<uint> dates)
    {
        var rows = new List<SheetRow>();
        var merged = new List<string>();
        using (var reader = OpenXmlReader.Create(part))
        {
            Dictionary<int, SheetCell>? cells = null;
            var rowNumber = 0;
            var column = -1;
            while (reader.Read())
            {
                if (!reader.IsStartElement) continue;
                if (reader.ElementType == typeof(Row))
                {
                    if (cells is not null) rows.Add(ToRow(rowNumber, cells));
                    var declared = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                    rowNumber = int.TryParse(declared, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
                    if (rowNumber > SheetLimits.MaxRows + 100)
                        throw new SheetRejected($"Filen har fler än {SheetLimits.MaxRows} rader. Dela upp registret i flera filer.");
                    cells = [];
                    column = -1;
                }
                else if (reader.ElementType == typeof(Cell) && cells is not null)
                {
                    var cell = (Cell)reader.LoadCurrentElement()!;
                    column = ColumnOf(cell.CellReference?.Value) ?? column + 1;
                    var name = SheetLimits.ColumnName(Math.Min(column, 16_383)) + rowNumber;
                    SheetFile.RequireColumn(column, name);
                    cells[column] = Value(cell, name, strings, dates);
                }
                else if (reader.ElementType == typeof(MergeCell))
                {
                    merged.Add(((MergeCell)reader.LoadCurrentElement()!).Reference?.Value ?? "");
                }
            }
            if (cells is not null) rows.Add(ToRow(rowNumber, cells));
        }
        if (merged.Count > 0)
        {
            var header = rows.FirstOrDefault(r => !r.IsEmpty)?.Number;
            var inHeader = merged.FirstOrDefault(m => RowsOf(m).Contains(header ?? 1));
            throw new SheetRejected(inHeader is not null
                ? $"Rubrikraden har sammanfogade celler ({inHeader}). Ge varje kolumn en egen rubrik i en egen cell."
                : $"Bladet har sammanfogade celler ({merged[0]}). Dela upp dem och skriv värdet i varje cell.");
        }
        return rows;
    }

    private static SheetRow ToRow(int number, Dictionary<int, SheetCell> cells)
    {
        var width = cells.Count == 0 ? 0 : cells.Keys.Max() + 1;
        return new SheetRow(number, Enumerable.Range(0, width).Select(c => cells.GetValueOrDefault(c) ?? SheetCell.Empty).ToList());
    }

    private static SheetCell Value(Cell cell, string name, List<string> strings, HashSet<uint> dates)
    {
        if (cell.CellFormula is not null)
            throw new SheetRejected($"Cell {name} innehåller en formel. Registret läser bara värden: kopiera bladet och " +
                                    "klistra in som värden, eller spara det som .csv, och försök igen.");
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Count
                ? new SheetCell(strings[index])
                : throw new SheetRejected($"Cell {name} hänvisar till en text som saknas i filen. Spara filen på nytt i Excel.");
        }
        if (type == CellValues.InlineString) return new SheetCell(cell.InlineString?.InnerText ?? "");
        if (type == CellValues.Error) throw new SheetRejected($"Cell {name} innehåller ett felvärde ({raw}). Rätta cellen och försök igen.");
        if (type == CellValues.Boolean) return new SheetCell(raw == "1" ? "ja" : "nej");
        if (type == CellValues.Date)
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
                ? new SheetCell(raw, LocalDate.FromDateTime(iso))
                : new SheetCell(raw);
        if (type == CellValues.String) return new SheetCell(raw);
        if (cell.StyleIndex?.Value is { } style && dates.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
            && serial is >= 1 and < 2_958_466)
            return new SheetCell(raw, LocalDate.FromDateTime(DateTime.FromOADate(serial)));
        return new SheetCell(raw);
    }

    private static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z') break;
            column = column * 26 + (c - 'A' + 1);
            if (++letters > 4) break;
        }
        return letters == 0 ? null : column - 1;
    }

    private static IEnumerable<int> RowsOf(string range)
    {
        var parts = range.Split(':');
        var numbers = parts.Select(p => int.TryParse(new string(p.SkipWhile(char.IsLetter).ToArray()), out var n) ? n : 0).ToArray();
        return numbers.Length == 2 ? Enumerable.Range(numbers[0], Math.Max(1, numbers[1] - numbers[0] + 1)) : numbers;
    }
}
