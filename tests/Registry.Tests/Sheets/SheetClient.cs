using System.Net.Http.Headers;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Registry.Tests.Sheets;

/// <summary>The import API as a script would call it, and spreadsheets to send it.</summary>
public static class SheetClient
{
    static SheetClient() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    public static async Task<HttpResponseMessage> DryRun(this ApiClient api, byte[] file, string name)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await api.Http.PostAsync($"/api/import/dry-run?fil={Uri.EscapeDataString(name)}", content,
            TestContext.Current.CancellationToken);
    }

    /// <summary>A dry run that must succeed: its report.</summary>
    public static async Task<JsonObject> Preview(this ApiClient api, byte[] file, string name)
    {
        var response = await api.DryRun(file, name);
        await ApiClient.Expect(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
    }

    public static async Task<JsonObject> Apply(this ApiClient api, JsonObject preview)
    {
        var response = await api.Http.PostAsync($"/api/import/{preview.Text("token")}", ApiClient.NoBody(), TestContext.Current.CancellationToken);
        await ApiClient.Expect(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
    }

    /// <summary>A refused file: 400, the Swedish reason under <c>errors.file</c>.</summary>
    public static async Task<string> Refused(this ApiClient api, byte[] file, string name)
    {
        var problem = await ApiClient.ExpectProblem(await api.DryRun(file, name), HttpStatusCode.BadRequest);
        Assert.Equal("Filen kan inte importeras", problem.Text("title"));
        Assert.Contains("Inget har registrerats.", problem.Text("detail"));
        return problem["errors"]!["file"]![0]!.GetValue<string>();
    }

    public static JsonObject Row(this JsonObject report, int number) =>
        report["rows"]!.AsArray().Single(r => r!["row"]!.GetValue<int>() == number)!.AsObject();

    public static string Outcome(this JsonObject report, int number) => report.Row(number).Text("outcomeLabel");

    public static Guid DocumentId(this JsonObject report, int number) => Guid.Parse(report.Row(number).Text("documentId"));

    public static byte[] Csv(Encoding encoding, params string[] lines) => encoding.GetBytes(string.Join("\r\n", lines) + "\r\n");

    /// <summary>An .xlsx built cell by cell with the Open XML SDK, as Excel would save it; <paramref name="change"/> adds to the sheet.</summary>
    public static byte[] Workbook(IEnumerable<IEnumerable<string>> rows, Action<Worksheet, SheetData>? change = null)
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var number = 0u;
            foreach (var row in rows)
            {
                number++;
                data.Append(new Row(row.Select((text, column) => new Cell
                {
                    CellReference = Registry.Sheets.SheetLimits.ColumnName(column) + number,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(text)),
                }))
                { RowIndex = number });
            }
            var worksheet = new Worksheet(data);
            change?.Invoke(worksheet, data);
            sheet.Worksheet = worksheet;
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(
                new DocumentFormat.OpenXml.Spreadsheet.Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Register" }));
        }
        return output.ToArray();
    }

    /// <summary>The cells of the first sheet of an .xlsx: reference, text or number, and whether it is styled as a date or quoted text.</summary>
    public static Dictionary<string, (string Value, bool IsDate, bool IsInlineText, bool QuotePrefix)> Cells(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var formats = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        var part = (WorksheetPart)workbook.GetPartById(workbook.Workbook!.Sheets!.Elements<Sheet>().First().Id!);
        return part.Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c =>
        {
            var format = c.StyleIndex?.Value is { } s ? formats[(int)s] : null;
            var inline = c.DataType?.Value == CellValues.InlineString;
            return (inline ? c.InlineString!.InnerText : c.CellValue?.Text ?? "",
                format?.NumberFormatId?.Value == 164, inline, format?.QuotePrefix?.Value == true);
        });
    }
}
