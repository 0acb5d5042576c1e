using System.Diagnostics;

namespace Registry.Infrastructure;

/// <summary>Runs the PostgreSQL server programs, as the unprivileged service user when this process is root.</summary>
internal sealed class PostgresTools(string binDirectory)
{
    public const string Superuser = "postgres";
    private const string ServiceUser = "postgres";

    public static bool IsRoot => Environment.UserName == "root";

    public static string FindBinaries()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(VersionOf).Select(d => Path.Combine(d, "bin"))
                : []);
        return candidates.FirstOrDefault(HasBinaries) ?? throw new PostgresBinariesNotFound();
    }

    public static string RequireBinaries(string directory) =>
        HasBinaries(directory) ? directory : throw new PostgresBinariesNotFound();

    private static bool HasBinaries(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));

    private static int VersionOf(string directory) => int.TryParse(Path.GetFileName(directory), out var v) ? v : 0;

    public static async Task HandOverToServiceUser(string path, bool recursive = true)
    {
        if (!IsRoot) return;
        await RunRawAsync("chown", $"{(recursive ? "-R " : "")}{ServiceUser}: \"{path}\"", allowFailure: false);
        if (recursive) await RunRawAsync("chmod", $"700 \"{path}\"", allowFailure: false);
    }

    public Task<string> RunAsync(string tool, string arguments, bool allowFailure = false, string? input = null)
    {
        var path = Path.Combine(binDirectory, tool);
        return IsRoot
            ? RunRawAsync("runuser", $"-u {ServiceUser} -- \"{path}\" {arguments}", allowFailure, input)
            : RunRawAsync(path, arguments, allowFailure, input);
    }

    private static async Task<string> RunRawAsync(string fileName, string arguments, bool allowFailure, string? input = null)
    {
        var info = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Kunde inte starta {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 && !allowFailure)
            throw new InvalidOperationException(
                $"{fileName} {arguments} misslyckades ({process.ExitCode}): {await stderr}{await stdout}");
        return await stderr + await stdout;
    }
}
