namespace Registry.Sheets;

public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
    Rejected,
}

public static class ImportOutcomes
{
    public static string Label(this ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Created => "skapas",
        ImportOutcome.Updated => "uppdateras",
        ImportOutcome.Unchanged => "oförändrad",
        _ => "avvisas",
    };
}

/// <summary>
/// What one row does: its outcome, the document, the steps it records (one line each, as the history shows them),
/// and for a refused row the Swedish reason and the cell at fault ("E7").
/// </summary>
public sealed record ImportRowResult(int Row, ImportOutcome Outcome, string OutcomeLabel, string? Title, Guid? DocumentId,
    IReadOnlyList<string> Changes, string? Reason = null, string? Cell = null);

/// <summary>
/// The report of a dry run (<see cref="Applied"/> false: nothing recorded) or of an import. <see cref="Token"/>
/// names the stored file of a dry run, which the import then applies.
/// </summary>
public sealed record ImportReport(string FileName, bool Applied, IReadOnlyList<string> UnknownHeaders,
    IReadOnlyList<ImportRowResult> Rows, Guid? Token = null)
{
    public int Created => Count(ImportOutcome.Created);
    public int Updated => Count(ImportOutcome.Updated);
    public int Unchanged => Count(ImportOutcome.Unchanged);
    public int Rejected => Count(ImportOutcome.Rejected);

    /// <summary>Rows that record something.</summary>
    public int Changes => Created + Updated;

    private int Count(ImportOutcome outcome) => Rows.Count(r => r.Outcome == outcome);

    public string Summary =>
        $"{Rows.Count} rader: {Created} skapas, {Updated} uppdateras, {Unchanged} oförändrade, {Rejected} avvisas.";
}
