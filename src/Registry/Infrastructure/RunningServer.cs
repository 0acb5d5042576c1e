using System.Diagnostics;
using System.Globalization;

namespace Registry.Infrastructure;

/// <summary>
/// A PostgreSQL server found running in a data directory (from its postmaster.pid), and which process started it
/// (from the owner record this app writes next to it). A server whose owner is gone was left by a killed run.
/// </summary>
internal sealed record RunningServer(int ProcessId, int Port, bool HasOwnerRecord, bool OwnerAlive)
{
    private const string OwnerFileName = "registry-owner";

    /// <summary>The live server in <paramref name="dataDirectory"/>, or null when none runs there.</summary>
    public static RunningServer? Find(string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)) return null;
        string[] lines;
        try
        {
            lines = File.ReadAllLines(pidFile);
        }
        catch (IOException)
        {
            return null;
        }
        if (lines.Length < 4 || !int.TryParse(lines[0], out var pid) || !int.TryParse(lines[3], out var port)) return null;
        if (!IsAlive(pid)) return null;
        var owner = ReadOwner(dataDirectory);
        return new RunningServer(pid, port, owner is not null, owner is { } o && IsAlive(o.Pid, o.StartedAt));
    }

    /// <summary>Records this process as the one that started the server (and stops it).</summary>
    public static void RecordOwner(string dataDirectory)
    {
        using var self = Process.GetCurrentProcess();
        File.WriteAllText(Path.Combine(dataDirectory, OwnerFileName),
            $"{self.Id} {StartTicks(self).ToString(CultureInfo.InvariantCulture)}\n");
    }

    private static (int Pid, long StartedAt)? ReadOwner(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, OwnerFileName);
        if (!File.Exists(path)) return null;
        var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2 && int.TryParse(parts[0], out var pid) && long.TryParse(parts[1], out var started)
            ? (pid, started)
            : null;
    }

    private static bool IsAlive(int pid, long? startedAt = null)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            // A recycled process id belongs to another process, started at another time.
            return !process.HasExited && (startedAt is null || StartTicks(process) == startedAt);
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static long StartTicks(Process process) => process.StartTime.ToUniversalTime().Ticks / TimeSpan.TicksPerSecond;
}
