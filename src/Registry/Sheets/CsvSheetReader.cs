using System.Text;
using CsvHelper;

namespace Registry.Sheets;

/// <summary>
/// A register saved as text: UTF-8 (with or without BOM) or the Windows-1252 that Swedish Excel writes, separated
/// by semicolons (Swedish Excel) or commas. CsvHelper reads it record by record and detects the separator.
/// </summary>
public static class CsvSheetReader
{
    static CsvSheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static SheetTable Read(ReadOnlyMemory<byte> content)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Encoding = EncodingOf(content.Span),
            MalformedData = CsvMalformedDataHandling.Throw,
            MaxRecordSize = 1024 * 1024,
        };
        using var reader = CsvReader.Create(new MemoryStream(content.ToArray(), writable: false), options, leaveOpen: false);
        try
        {
            return SheetFile.Table(Rows(reader));
        }
        catch (CsvFormatException)
        {
            throw new SheetRejected("Filen har felaktiga citattecken och kan inte läsas som en .csv-fil. " +
                                    "Spara den på nytt från Excel (CSV UTF-8 eller CSV semikolonavgränsad).");
        }
    }

    private static IEnumerable<SheetRow> Rows(CsvReader reader)
    {
        var number = 0;
        while (reader.Read())
        {
            number++;
            SheetFile.RequireColumn(reader.FieldCount - 1, SheetLimits.ColumnName(Math.Min(reader.FieldCount - 1, SheetLimits.MaxColumns)) + number);
            var cells = new SheetCell[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = new SheetCell(reader.GetString(i));
            yield return new SheetRow(number, cells);
        }
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8 (so plain ASCII too), else Windows-1252.</summary>
    private static Encoding EncodingOf(ReadOnlySpan<byte> bytes)
    {
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252);
        }
    }
}
