using System.Globalization;
using System.Text;

namespace Registry.Sheets;

/// <summary>What a register column holds.</summary>
public enum ImportField
{
    Id,
    Title,
    Kind,
    OwnerBodies,
    ValidFrom,
    ValidFromPrecision,
    ValidTo,
    ValidToPrecision,
    NoticePeriod,
    DecisionBody,
    DecisionDate,
    DecisionPoint,
    Link,
    Note,

    /// <summary>A column the export writes for people to read (status, latest change) and the import does not read.</summary>
    Ignored,
}

/// <summary>
/// The column mapping: the header names a register is recognised by, in Swedish as secretariats write them (and as
/// the export writes them: the first name of each field). Case, spaces and punctuation do not matter.
/// </summary>
public static class ImportColumns
{
    public static readonly IReadOnlyDictionary<ImportField, string[]> Names = new Dictionary<ImportField, string[]>
    {
        [ImportField.Id] = ["Id", "Dokument-id"],
        [ImportField.Title] = ["Titel", "Namn", "Dokument", "Benämning", "Styrdokument"],
        [ImportField.Kind] = ["Typ", "Dokumenttyp", "Slag"],
        [ImportField.OwnerBodies] = ["Ägande organ", "Ägare", "Organ", "Ägande organ/huvudman"],
        [ImportField.ValidFrom] = ["Gäller från", "Giltig från", "Giltigt från", "Startdatum", "Från"],
        [ImportField.ValidFromPrecision] = ["Gäller från, precision", "Precision gäller från"],
        [ImportField.ValidTo] = ["Gäller till", "Giltig till", "Giltigt till", "Slutdatum", "Till"],
        [ImportField.ValidToPrecision] = ["Gäller till, precision", "Precision gäller till"],
        [ImportField.NoticePeriod] = ["Uppsägningstid (månader)", "Uppsägningstid", "Uppsägningstid i månader"],
        [ImportField.DecisionBody] = ["Beslutande organ", "Beslut organ", "Beslutat av", "Beslutsorgan"],
        [ImportField.DecisionDate] = ["Beslutsdatum", "Beslutat", "Datum för beslut", "Mötesdatum"],
        [ImportField.DecisionPoint] = ["Punkt", "Beslutspunkt", "Paragraf", "§"],
        [ImportField.Link] = ["Länk", "Länk till dokumentet", "Webbadress", "URL", "Adress"],
        [ImportField.Note] = ["Anteckning", "Kommentar", "Notering", "Anmärkning"],
        [ImportField.Ignored] = ["Status", "Senast ändrad", "Senaste beslut", "Dagar kvar"],
    };

    private static readonly Dictionary<string, ImportField> ByKey = Names
        .SelectMany(n => n.Value.Select(name => (Key: Key(name), n.Key)))
        .ToDictionary(n => n.Key, n => n.Item2);

    /// <summary>The export's header for a field.</summary>
    public static string Header(ImportField field) => Names[field][0];

    /// <summary>Which column holds which field; a header not recognised is listed, and its column not read.</summary>
    public static ColumnMap Map(IReadOnlyList<string> headers)
    {
        var columns = new Dictionary<ImportField, int>();
        var unknown = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i].Length == 0) continue;
            var cell = SheetLimits.ColumnName(i) + "1";
            if (!ByKey.TryGetValue(Key(headers[i]), out var field))
            {
                unknown.Add(headers[i]);
                continue;
            }
            if (field == ImportField.Ignored) continue;
            if (!columns.TryAdd(field, i))
                throw new SheetRejected($"Kolumnen \"{headers[i]}\" ({cell}) anger samma uppgift som kolumn " +
                                        $"{SheetLimits.ColumnName(columns[field])}; ta bort en av dem.");
        }
        if (!columns.ContainsKey(ImportField.Title) && !columns.ContainsKey(ImportField.Id))
            throw new SheetRejected("Filen saknar kolumnen Titel (eller Id). Rubrikraden ska ha kolumner som " +
                                    "Titel, Typ, Ägande organ, Gäller från, Gäller till; se hjälpen på importsidan.");
        return new ColumnMap(columns, unknown);
    }

    /// <summary>Lower case letters and digits only, with å, ä, ö kept: "Gäller från (precision)" → "gällerfrånprecision".</summary>
    private static string Key(string header)
    {
        var key = new StringBuilder();
        foreach (var c in header.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.GetCultureInfo("sv-SE")))
            if (char.IsLetterOrDigit(c) || c == '§') key.Append(c);
        return key.ToString();
    }
}

/// <summary>The columns of one file: field to column index, and the headers not read.</summary>
public sealed record ColumnMap(IReadOnlyDictionary<ImportField, int> Columns, IReadOnlyList<string> UnknownHeaders)
{
    public bool Has(ImportField field) => Columns.ContainsKey(field);

    public SheetCell Cell(SheetRow row, ImportField field) =>
        Columns.TryGetValue(field, out var column) ? row[column] : SheetCell.Empty;

    /// <summary>The cell's name as the spreadsheet shows it ("C5"), or the row when the file has no such column.</summary>
    public string CellName(SheetRow row, ImportField field) =>
        Columns.TryGetValue(field, out var column) ? SheetLimits.ColumnName(column) + row.Number : $"rad {row.Number}";
}
