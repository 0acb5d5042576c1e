using JasperFx.CommandLine;
using Registry.Sheets;

namespace Registry.Web.Hosting;

public sealed class ImportInput : NetCoreInput
{
    [Description("Registret att importera: en .xlsx- eller .csv-fil")]
    public string File { get; set; } = "";

    [Description("Genomför importen; utan flaggan blir det en provkörning som inte registrerar något")]
    [FlagAlias("genomfor", 'g')]
    public bool ApplyFlag { get; set; }
}

/// <summary>
/// `dotnet run --project src/Registry.Web -- importera register.xlsx [--genomfor]`: a dry run of a register file,
/// row by row, and with --genomfor the import itself (ADR 0031). Exit code 1 when the file is refused or a row is.
/// </summary>
[Description("Importera ett register från .xlsx eller .csv: först en provkörning, med --genomfor själva importen", Name = "importera")]
public sealed class ImportCommand : JasperFxAsyncCommand<ImportInput>
{
    public ImportCommand() => Usage("Provkör eller importera en fil").Arguments(x => x.File);

    public override async Task<bool> Execute(ImportInput input)
    {
        if (!System.IO.File.Exists(input.File))
        {
            Console.WriteLine($"Filen {input.File} finns inte.");
            return false;
        }
        using var host = input.BuildHost();
        using var scope = host.Services.CreateScope();
        var imports = scope.ServiceProvider.GetRequiredService<SheetImports>();
        try
        {
            await using var file = System.IO.File.OpenRead(input.File);
            var content = await SheetFile.ReadBounded(file, CancellationToken.None);
            var report = await imports.FromFile(content, input.File, "kommandoraden", input.ApplyFlag);
            foreach (var line in ReportLines(report)) Console.WriteLine(line);
            return report.Rejected == 0;
        }
        catch (SheetRejected rejected)
        {
            Console.WriteLine($"Filen kan inte importeras: {rejected.Message} Inget har registrerats.");
            return false;
        }
    }

    public static IEnumerable<string> ReportLines(ImportReport report)
    {
        foreach (var row in report.Rows)
        {
            yield return $"Rad {row.Row}\t{row.OutcomeLabel}\t{row.Title}" +
                         (row.Reason is null ? "" : $"\t{row.Cell}: {row.Reason}");
            foreach (var change in row.Changes) yield return $"\t\t{change}";
        }
        if (report.UnknownHeaders.Count > 0)
            yield return $"Kolumner som inte lästes: {string.Join(", ", report.UnknownHeaders)}";
        yield return report.Summary;
        yield return report.Applied ? "Importen är genomförd." : "Provkörning: inget har registrerats. Kör med --genomfor för att importera.";
    }
}
