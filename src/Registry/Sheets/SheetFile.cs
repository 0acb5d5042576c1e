namespace Registry.Sheets;

/// <summary>
/// Reads an uploaded register: .xlsx (<see cref="XlsxSheetReader"/>) or .csv (<see cref="CsvSheetReader"/>), told
/// apart by their first bytes and name. Anything else is refused before a row is read.
/// </summary>
public static class SheetFile
{
    public const string NotASpreadsheet =
        "Filen är inte ett kalkylblad. Ladda upp en .xlsx-fil eller en .csv-fil (semikolon- eller kommaseparerad).";

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <exception cref="SheetRejected">The file is not a register this import can read.</exception>
    public static SheetTable Read(ReadOnlyMemory<byte> content, string fileName)
    {
        RequireSize(content.Length);
        var bytes = content.Span;
        if (bytes.StartsWith(CompoundFile))
            throw new SheetRejected("Filen är krypterad (lösenordsskyddad) eller sparad i det gamla .xls-formatet. " +
                                    "Spara den utan lösenord som .xlsx (Excel-arbetsbok) eller .csv och försök igen.");
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (bytes.StartsWith(Zip)) return XlsxSheetReader.Read(content);
        if (extension is ".xlsx" or ".xlsm" or ".xls" || bytes.IndexOf((byte)0) >= 0 || content.Length == 0)
            throw new SheetRejected(content.Length == 0 ? "Filen är tom." : NotASpreadsheet);
        if (extension is not ("" or ".csv" or ".txt")) throw new SheetRejected(NotASpreadsheet);
        return CsvSheetReader.Read(content);
    }

    public static void RequireSize(long bytes)
    {
        if (bytes > SheetLimits.MaxFileBytes)
            throw new SheetRejected($"Filen är för stor ({bytes / (1024 * 1024)} MB). Största tillåtna storlek är " +
                                    $"{SheetLimits.MaxFileBytes / (1024 * 1024)} MB; dela upp registret i flera filer.");
    }

    /// <summary>Reads at most the size limit from <paramref name="stream"/>; a longer stream is refused without reading it all.</summary>
    public static async Task<byte[]> ReadBounded(Stream stream, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellation)) > 0)
        {
            buffer.Write(chunk, 0, read);
            RequireSize(buffer.Length);
        }
        return buffer.ToArray();
    }

    /// <summary>The header and data rows of raw rows: the header is the first row with any text.</summary>
    internal static SheetTable Table(IEnumerable<SheetRow> rows)
    {
        IReadOnlyList<string>? headers = null;
        var data = new List<SheetRow>();
        foreach (var row in rows)
        {
            if (headers is null)
            {
                if (!row.IsEmpty) headers = row.Cells.Select(c => c.Text.Trim()).ToList();
                continue;
            }
            if (data.Count >= SheetLimits.MaxRows)
                throw new SheetRejected($"Filen har fler än {SheetLimits.MaxRows} rader. Dela upp registret i flera filer.");
            if (!row.IsEmpty) data.Add(row);
        }
        if (headers is null) throw new SheetRejected("Filen innehåller inga rader.");
        return new SheetTable(headers, data);
    }

    internal static void RequireColumn(int column, string cell)
    {
        if (column >= SheetLimits.MaxColumns)
            throw new SheetRejected($"Filen har fler än {SheetLimits.MaxColumns} kolumner (cell {cell}). " +
                                    "Ett register har en kolumn per uppgift; ta bort de överflödiga kolumnerna.");
    }
}
