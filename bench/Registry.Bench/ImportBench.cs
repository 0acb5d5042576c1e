using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Registry.Infrastructure;
using Registry.Sheets;

namespace Registry.Bench;

/// <summary>
/// The spreadsheet import on a generated register (issue 16, point 4): read, dry run, import, and the same file
/// again, for .xlsx and .csv. Not a test: it prints figures.
///   dotnet run -c Release --project bench/Registry.Bench -- import [rows]
/// </summary>
public static class ImportBench
{
    private static readonly string[] Kinds = ["Riktlinje", "Avtal", "Överenskommelse", "Handlingsplan", "Rutin"];

    public static async Task<int> RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000;
        var directory = Path.Combine(Path.GetTempPath(), "registry-bench-import-" + Guid.NewGuid().ToString("N")[..8]);
        await using var postgres = await EmbeddedPostgres.StartAsync(directory, deleteOnDispose: true);
        await postgres.EnsureDatabaseAsync("registry");
        using var host = await RegistryHost.StartAsync(postgres.ConnectionString("registry"));
        Console.WriteLine($"Import av {rows} rader; PostgreSQL på port {postgres.Port}.");

        var xlsx = Xlsx(rows, "X");
        var csv = Csv(rows, "C");
        Console.WriteLine($"Filer: .xlsx {xlsx.Length / 1024} kB, .csv {csv.Length / 1024} kB (Windows-1252, semikolon).");
        foreach (var (name, file) in new[] { ("register.xlsx", xlsx), ("register.csv", csv) })
        {
            // The first read includes loading and compiling the reader; the second is the steady state.
            var first = Time(() => SheetFile.Read(file, name), out _);
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var read = Time(() => SheetFile.Read(file, name), out var table);
            var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (1024 * 1024);
            Console.WriteLine($"{name}: läsning {first:F0} ms första gången, {read:F0} ms andra ({table.Rows.Count} rader, {allocated} MB allokerat)");
            await Step(host.Services, $"{name}: provkörning", i => i.DryRun(table, name, "bench"), expectedChanges: rows);
            await Step(host.Services, $"{name}: import", i => i.Apply(table, name, "bench"), expectedChanges: rows);
            await Step(host.Services, $"{name}: samma fil igen, provkörning", i => i.DryRun(table, name, "bench"), expectedChanges: 0);
        }
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"Högsta arbetsminne för processen: {process.PeakWorkingSet64 / (1024 * 1024)} MB; " +
                          $"allokerat totalt {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB.");
        await host.StopAsync();
        return 0;
    }

    private static async Task Step(IServiceProvider services, string label, Func<RegisterImport, Task<ImportReport>> run, int expectedChanges)
    {
        using var scope = services.CreateScope();
        var import = scope.ServiceProvider.GetRequiredService<RegisterImport>();
        var watch = Stopwatch.StartNew();
        var report = await run(import);
        var elapsed = watch.Elapsed.TotalSeconds;
        if (report.Changes != expectedChanges || report.Rejected != 0)
            throw new InvalidOperationException($"{label}: väntade {expectedChanges} ändringar, fick {report.Summary}");
        Console.WriteLine($"{label}: {elapsed:F1} s ({report.Summary})");
    }

    private static double Time<T>(Func<T> run, out T result)
    {
        var watch = Stopwatch.StartNew();
        result = run();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static IEnumerable<object?[]> Rows(int count, string prefix) => Enumerable.Range(1, count).Select(i =>
    {
        var kind = Kinds[i % Kinds.Length];
        var from = new LocalDate(2015, 1, 1).PlusDays(i % 3000);
        return new object?[]
        {
            $"{kind} {prefix}{i:D5}", kind, i % 2 == 0 ? "SRO, VVG" : "VVG", from, from.PlusYears(3).PlusDays(-1),
            kind is "Avtal" or "Överenskommelse" ? 12 : null, "VVG", from.PlusDays(-30), (i % 20 + 1).ToString(CultureInfo.InvariantCulture),
            $"https://vardsamverkan.se/dokument/{i}.pdf", i % 10 == 0 ? "Enligt registret 2024" : null,
        };
    });

    private static readonly ImportField[] Fields =
    [
        ImportField.Title, ImportField.Kind, ImportField.OwnerBodies, ImportField.ValidFrom, ImportField.ValidTo, ImportField.NoticePeriod,
        ImportField.DecisionBody, ImportField.DecisionDate, ImportField.DecisionPoint, ImportField.Link, ImportField.Note,
    ];

    private static byte[] Xlsx(int count, string prefix)
    {
        using var output = new MemoryStream();
        XlsxSheetWriter.Write(output, "Register", Fields.Select(ImportColumns.Header).ToList(), Rows(count, prefix));
        return output.ToArray();
    }

    private static byte[] Csv(int count, string prefix)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = new StringBuilder(string.Join(';', Fields.Select(ImportColumns.Header))).Append("\r\n");
        foreach (var row in Rows(count, prefix))
            text.Append(string.Join(';', row.Select(v => v switch
            {
                LocalDate d => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                string s when s.Contains(';') || s.Contains(',') => $"\"{s}\"",
                _ => Convert.ToString(v, CultureInfo.InvariantCulture),
            }))).Append("\r\n");
        return Encoding.GetEncoding(1252).GetBytes(text.ToString());
    }
}
