using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime;

namespace Registry.Sheets;

/// <summary>
/// Writes one worksheet to .xlsx with the Open XML SDK's forward-only writer: a bold header row, dates as real date
/// cells (yyyy-mm-dd), numbers as numbers, and every text as an inline text cell — never a formula. A text that
/// starts like a formula (=, +, -, @, tab, carriage return) also gets Excel's quote prefix, so editing the cell in
/// Excel keeps it text.
/// </summary>
public static class XlsxSheetWriter
{
    private const uint DateStyle = 1;
    private const uint QuotedTextStyle = 2;
    private const uint HeaderStyle = 3;

    public static void Write(Stream output, string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1,
                TopLeftCell = "A2",
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            })
            { WorkbookViewId = 0 }));
            writer.WriteElement(new Columns(new Column { Min = 1, Max = (uint)Math.Max(1, headers.Count), Width = 22, CustomWidth = true }));
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, 1, headers.Cast<object?>().ToList(), header: true);
            var number = 1u;
            foreach (var row in rows) WriteRow(writer, ++number, row, header: false);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        workbook.Workbook = new Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
        workbook.Workbook.Save();
    }

    private static void WriteRow(OpenXmlWriter writer, uint number, IReadOnlyList<object?> values, bool header)
    {
        writer.WriteStartElement(new Row { RowIndex = number });
        for (var column = 0; column < values.Count; column++)
        {
            if (values[column] is not { } value) continue;
            var reference = SheetLimits.ColumnName(column) + number;
            writer.WriteElement(value switch
            {
                LocalDate date => new Cell
                {
                    CellReference = reference,
                    StyleIndex = DateStyle,
                    CellValue = new CellValue(date.ToDateTimeUnspecified().ToOADate().ToString(CultureInfo.InvariantCulture)),
                },
                int or long or decimal or double => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToString(value, CultureInfo.InvariantCulture)!),
                },
                _ => Text(reference, value.ToString() ?? "", header),
            });
        }
        writer.WriteEndElement();
    }

    private static Cell Text(string reference, string text, bool header) => new()
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = header ? HeaderStyle : LooksLikeFormula(text) ? QuotedTextStyle : null,
        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
    };

    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { QuotePrefix = true },
            new CellFormat { FontId = 1, ApplyFont = true })
        { Count = 4 });
}
