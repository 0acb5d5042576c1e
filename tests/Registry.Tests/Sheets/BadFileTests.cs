using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;
using Marten;
using Registry.Sheets;

namespace Registry.Tests.Sheets;

/// <summary>
/// Files the import refuses (issue 16, point 3): each a 400 with the reason in Swedish under <c>errors.file</c>, and
/// nothing recorded — no document with the file's title, no stored preview.
/// </summary>
public sealed class BadFileTests(RegistryApp app) : ApiTests(app)
{
    private readonly string _title = "Riktlinje " + Guid.NewGuid().ToString("N")[..8];

    private string[][] Register => [["Titel", "Typ", "Ägande organ"], [_title, "Riktlinje", "VVG"]];

    private async Task<string> Refused(byte[] file, string name)
    {
        var message = await Api.Refused(file, name);
        await using var session = App.Factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.False(await session.Query<Styrdokument>().AnyAsync(d => d.Title == _title, TestContext.Current.CancellationToken));
        Assert.False(await session.Query<PendingImport>().AnyAsync(p => p.FileName == name, TestContext.Current.CancellationToken));
        return message;
    }

    [Fact]
    public async Task A_file_that_is_not_a_spreadsheet_is_refused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
        Assert.Equal(SheetFile.NotASpreadsheet, await Refused(png, "register-bild.csv"));
        Assert.Equal(SheetFile.NotASpreadsheet, await Refused(Encoding.UTF8.GetBytes("%PDF-1.7\n" + _title), "register.pdf"));
        // A zip that is no workbook, such as a Word document.
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = archive.CreateEntry("word/document.xml").Open();
            await entry.WriteAsync(Encoding.UTF8.GetBytes("<w:document/>"), TestContext.Current.CancellationToken);
        }
        Assert.Equal(SheetFile.NotASpreadsheet, await Refused(zip.ToArray(), "register-word.xlsx"));
    }

    [Fact]
    public async Task An_encrypted_workbook_is_refused()
    {
        // Excel saves a workbook with a password as an OLE compound file around the encrypted package.
        var encrypted = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(encrypted, 0);
        Encoding.Unicode.GetBytes("EncryptedPackage").CopyTo(encrypted, 1024);
        Assert.StartsWith("Filen är krypterad (lösenordsskyddad)", await Refused(encrypted, "register-krypterat.xlsx"));
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_before_it_is_unpacked_in_full()
    {
        var file = SheetClient.Workbook(Register);
        using var bomb = new MemoryStream();
        bomb.Write(file);
        using (var archive = new ZipArchive(bomb, ZipArchiveMode.Update, leaveOpen: true))
        {
            await using var entry = archive.CreateEntry("xl/media/fyllnad.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 260; i++) await entry.WriteAsync(zeros, TestContext.Current.CancellationToken);
        }
        Assert.True(bomb.Length < SheetLimits.MaxFileBytes, $"The bomb is {bomb.Length} bytes packed.");
        Assert.Contains("zip-bomb", await Refused(bomb.ToArray(), "register-bomb.xlsx"));
    }

    [Fact]
    public async Task A_hundred_thousand_columns_are_refused_in_xlsx_and_csv()
    {
        var wide = Enumerable.Range(0, 100_000).Select(i => "k" + i).ToArray();
        Assert.StartsWith("Filen har fler än 60 kolumner (cell BI1)", await Refused(SheetClient.Workbook([wide]), "register-brett.xlsx"));
        Assert.StartsWith("Filen har fler än 60 kolumner (cell BI1)",
            await Refused(Encoding.UTF8.GetBytes(string.Join(';', wide) + "\n"), "register-brett.csv"));
    }

    [Fact]
    public async Task A_fifty_megabyte_file_is_refused_unread()
    {
        var file = new byte[50 * 1024 * 1024];
        Encoding.UTF8.GetBytes("Titel;Typ\n").CopyTo(file, 0);
        Array.Fill(file, (byte)'a', 10, file.Length - 10);
        Assert.StartsWith("Filen är för stor (50 MB). Största tillåtna storlek är 10 MB", await Refused(file, "register-stort.csv"));
    }

    [Fact]
    public async Task A_formula_is_refused_naming_its_cell()
    {
        var file = SheetClient.Workbook(Register, (_, data) =>
            data.Elements<Row>().Last().Append(new Cell { CellReference = "D2", CellFormula = new CellFormula("1+1"), CellValue = new CellValue("2") }));
        Assert.StartsWith("Cell D2 innehåller en formel.", await Refused(file, "register-formel.xlsx"));
    }

    [Fact]
    public async Task Merged_header_cells_are_refused()
    {
        var file = SheetClient.Workbook(Register, (sheet, _) =>
            sheet.Append(new MergeCells(new MergeCell { Reference = "A1:B1" }) { Count = 1 }));
        Assert.StartsWith("Rubrikraden har sammanfogade celler (A1:B1).", await Refused(file, "register-sammanfogat.xlsx"));
    }

    [Fact]
    public async Task A_register_without_a_title_column_is_refused()
    {
        Assert.StartsWith("Filen saknar kolumnen Titel",
            await Refused(SheetClient.Csv(Encoding.UTF8, "Namnet;Sorten", $"{_title};Riktlinje"), "register-utan-titel.csv"));
    }
}
