using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Registry.Infrastructure;

/// <summary>
/// A private PostgreSQL cluster started from the machine's own binaries (initdb, pg_ctl), for the
/// zero-configuration run and for the tests. As root it runs the server as an unprivileged OS user,
/// because initdb refuses to run as root.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string ServiceUser = "postgres";
    private readonly string _dataDirectory;
    private readonly bool _deleteOnDispose;
    private readonly string _binDirectory;
    private readonly Action<string> _log;

    private EmbeddedPostgres(string dataDirectory, int port, bool deleteOnDispose, string binDirectory, Action<string> log)
    {
        _dataDirectory = dataDirectory;
        Port = port;
        _deleteOnDispose = deleteOnDispose;
        _binDirectory = binDirectory;
        _log = log;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=40";

    /// <summary>Start (initialising on first use) a cluster in <paramref name="dataDirectory"/>, reused across runs.</summary>
    public static async Task<EmbeddedPostgres> StartAsync(string dataDirectory, int? port = null,
        bool deleteOnDispose = false, Action<string>? log = null, string? binDirectory = null)
    {
        var bin = binDirectory is null ? FindBinaries() : RequireBinaries(binDirectory);
        log ??= _ => { };
        var server = new EmbeddedPostgres(Path.GetFullPath(dataDirectory), port ?? FreePort(), deleteOnDispose, bin, log);
        await server.StartServerAsync();
        return server;
    }

    public async Task EnsureDatabaseAsync(string database)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync() is not null) return;
        await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "")}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    /// <summary>Start the server again (same directory and port) after <see cref="StopAsync"/>.</summary>
    public Task RestartAsync() => StartServerAsync();

    public async Task StopAsync()
    {
        await RunAsync("pg_ctl", $"stop -D \"{_dataDirectory}\" -m fast -w", allowFailure: true);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_deleteOnDispose && Directory.Exists(_dataDirectory)) Directory.Delete(_dataDirectory, recursive: true);
    }

    private async Task StartServerAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        await HandOverToServiceUser(_dataDirectory);
        if (!File.Exists(Path.Combine(_dataDirectory, "PG_VERSION")))
        {
            _log($"Initierar PostgreSQL-kluster i {_dataDirectory}");
            await RunAsync("initdb", $"-D \"{_dataDirectory}\" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync");
        }
        // A server left running by a killed earlier run still holds the directory: stop it first.
        await RunAsync("pg_ctl", $"stop -D \"{_dataDirectory}\" -m immediate -w", allowFailure: true);
        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=on -c max_connections=200";
        var log = Path.Combine(_dataDirectory, "server.log");
        await RunAsync("pg_ctl", $"start -D \"{_dataDirectory}\" -l \"{log}\" -w -t 60 -o \"{options}\"");
        _log($"PostgreSQL lyssnar på 127.0.0.1:{Port}");
    }

    private static string FindBinaries()
    {
        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(VersionOf).Select(d => Path.Combine(d, "bin"))
                : []);
        return candidates.FirstOrDefault(HasBinaries) ?? throw new PostgresBinariesNotFound();
    }

    private static string RequireBinaries(string directory) =>
        HasBinaries(directory) ? directory : throw new PostgresBinariesNotFound();

    private static bool HasBinaries(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));

    private static int VersionOf(string directory) => int.TryParse(Path.GetFileName(directory), out var v) ? v : 0;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static async Task HandOverToServiceUser(string directory)
    {
        if (!IsRoot) return;
        await RunRawAsync("chown", $"-R {ServiceUser}: \"{directory}\"", allowFailure: false);
        await RunRawAsync("chmod", $"700 \"{directory}\"", allowFailure: false);
    }

    private Task RunAsync(string tool, string arguments, bool allowFailure = false)
    {
        var path = Path.Combine(_binDirectory, tool);
        return IsRoot
            ? RunRawAsync("runuser", $"-u {ServiceUser} -- \"{path}\" {arguments}", allowFailure)
            : RunRawAsync(path, arguments, allowFailure);
    }

    private static async Task RunRawAsync(string fileName, string arguments, bool allowFailure)
    {
        var info = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Kunde inte starta {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 && !allowFailure)
            throw new InvalidOperationException(
                $"{fileName} {arguments} misslyckades ({process.ExitCode}): {await stderr}{await stdout}");
    }
}

public sealed class PostgresBinariesNotFound() : Exception(
    "Inga PostgreSQL-program (initdb, pg_ctl) hittades: installera PostgreSQL-servern (t.ex. 'apt-get install postgresql') " +
    "eller ange en befintlig databas i ConnectionStrings:Registry.");
