using NodaTime;

namespace Registry.Sheets;

/// <summary>One cell as read: its text, and its date when the spreadsheet stored a real date.</summary>
public sealed record SheetCell(string Text, LocalDate? Date = null)
{
    public static readonly SheetCell Empty = new("");

    public bool IsEmpty => Date is null && string.IsNullOrWhiteSpace(Text);
}

/// <summary>A data row with its number as the spreadsheet shows it (the header is row 1).</summary>
public sealed record SheetRow(int Number, IReadOnlyList<SheetCell> Cells)
{
    public SheetCell this[int column] => column < Cells.Count ? Cells[column] : SheetCell.Empty;

    public bool IsEmpty => Cells.All(c => c.IsEmpty);
}

/// <summary>A register read from a file: its header texts and its data rows.</summary>
public sealed record SheetTable(IReadOnlyList<string> Headers, IReadOnlyList<SheetRow> Rows);

/// <summary>The bounds on what is read from an uploaded file, so that no file can exhaust memory or time.</summary>
public static class SheetLimits
{
    public const int MaxFileBytes = 10 * 1024 * 1024;
    public const int MaxColumns = 60;
    public const int MaxRows = 20_000;

    /// <summary>All parts of an .xlsx together, unpacked: a zip bomb unpacks to far more.</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    public const int MaxZipEntries = 1_000;

    /// <summary>Column letters as spreadsheets show them: 0 → A, 27 → AB.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}
