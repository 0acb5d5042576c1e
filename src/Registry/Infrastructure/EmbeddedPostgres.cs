using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Registry.Infrastructure;

/// <summary>
/// A private PostgreSQL cluster started from the machine's own binaries (initdb, pg_ctl), for the
/// zero-configuration run and for the tests. As root it runs the server as an unprivileged OS user,
/// because initdb refuses to run as root. The server asks for a password (SCRAM) kept in the data directory
/// (docs/adr/0018-embedded-postgres-shared-and-locked.md). When a server already runs in the data directory
/// for a live process (the app, while a command-line verb runs), it is used and never stopped.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private readonly string _dataDirectory;
    private readonly bool _deleteOnDispose;
    private readonly PostgresTools _tools;
    private readonly Action<string> _log;
    private string _password = "";

    private EmbeddedPostgres(string dataDirectory, int port, bool deleteOnDispose, PostgresTools tools, Action<string> log)
    {
        _dataDirectory = dataDirectory;
        Port = port;
        _deleteOnDispose = deleteOnDispose;
        _tools = tools;
        _log = log;
    }

    public int Port { get; private set; }

    public string DataDirectory => _dataDirectory;

    /// <summary>False when the server was already running for another process: this one then never stops it.</summary>
    public bool OwnsServer { get; private set; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={PostgresTools.Superuser};Password={_password};Database={database};" +
        "Pooling=true;Maximum Pool Size=40";

    /// <summary>Start (initialising on first use) a cluster in <paramref name="dataDirectory"/>, reused across runs.</summary>
    /// <exception cref="EmbeddedPostgresInUse">A server runs in the directory but cannot be used.</exception>
    public static async Task<EmbeddedPostgres> StartAsync(string dataDirectory, int? port = null,
        bool deleteOnDispose = false, Action<string>? log = null, string? binDirectory = null)
    {
        var tools = new PostgresTools(binDirectory is null ? PostgresTools.FindBinaries() : PostgresTools.RequireBinaries(binDirectory));
        log ??= _ => { };
        var directory = Path.GetFullPath(dataDirectory);
        var server = new EmbeddedPostgres(directory, port ?? FreePort(), deleteOnDispose, tools, log);
        var running = RunningServer.Find(directory);
        if (running is { OwnerAlive: true } || running is { HasOwnerRecord: false })
            await server.AttachAsync(running);
        else
            await server.StartServerAsync(stopOrphan: running is not null);
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
    public Task RestartAsync() => OwnsServer ? StartServerAsync(stopOrphan: false) : Task.CompletedTask;

    /// <summary>Stops the server, only if this instance started it.</summary>
    public async Task StopAsync()
    {
        if (!OwnsServer) return;
        await _tools.RunAsync("pg_ctl", $"stop -D \"{_dataDirectory}\" -m fast -w", allowFailure: true);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (OwnsServer && _deleteOnDispose && Directory.Exists(_dataDirectory)) Directory.Delete(_dataDirectory, recursive: true);
    }

    private async Task StartServerAsync(bool stopOrphan)
    {
        Directory.CreateDirectory(_dataDirectory);
        await PostgresTools.HandOverToServiceUser(_dataDirectory);
        if (!File.Exists(Path.Combine(_dataDirectory, "PG_VERSION")))
        {
            _log($"Initierar PostgreSQL-kluster i {_dataDirectory}");
            await _tools.RunAsync("initdb", $"-D \"{_dataDirectory}\" -U {PostgresTools.Superuser} -A trust -E UTF8 --locale=C.UTF-8 --no-sync");
        }
        // A server whose owning run was killed still holds the directory: that run started it, so stop it.
        if (stopOrphan) await _tools.RunAsync("pg_ctl", $"stop -D \"{_dataDirectory}\" -m immediate -w", allowFailure: true);
        _password = await EmbeddedCredentials.EnsureLockedAsync(_dataDirectory, _tools, _log);
        var options = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=on -c max_connections=200";
        var log = Path.Combine(_dataDirectory, "server.log");
        await _tools.RunAsync("pg_ctl", $"start -D \"{_dataDirectory}\" -l \"{log}\" -w -t 60 -o \"{options}\"");
        OwnsServer = true;
        RunningServer.RecordOwner(_dataDirectory);
        _log($"PostgreSQL lyssnar på 127.0.0.1:{Port}");
    }

    /// <summary>Use the server another live process runs in the directory, if it answers with our password.</summary>
    private async Task AttachAsync(RunningServer running)
    {
        var password = EmbeddedCredentials.Read(_dataDirectory);
        if (password is null)
            throw new EmbeddedPostgresInUse(_dataDirectory, running.ProcessId,
                "den startades av en äldre version utan lösenord");
        _password = password;
        Port = running.Port;
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
            await connection.OpenAsync();
        }
        catch (Exception error) when (error is NpgsqlException or SocketException or TimeoutException)
        {
            throw new EmbeddedPostgresInUse(_dataDirectory, running.ProcessId,
                $"den svarar inte på 127.0.0.1:{running.Port} ({error.Message})");
        }
        OwnsServer = false;
        _log($"Använder PostgreSQL som redan körs på 127.0.0.1:{Port} (process {running.ProcessId})");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The app's embedded database cannot start: refused with a message for the operator (Swedish).</summary>
public class EmbeddedPostgresRefused(string message) : Exception(message);

public sealed class PostgresBinariesNotFound() : EmbeddedPostgresRefused(
    "Inga PostgreSQL-program (initdb, pg_ctl) hittades: installera PostgreSQL-servern (t.ex. 'apt-get install postgresql') " +
    "eller ange en befintlig databas i ConnectionStrings:Registry.");

public sealed class EmbeddedPostgresInUse(string directory, int processId, string reason) : EmbeddedPostgresRefused(
    $"PostgreSQL körs redan i {directory} (process {processId}) men kan inte användas: {reason}. " +
    "Stoppa den som använder databasen och försök igen, eller ange en annan databas i ConnectionStrings:Registry.");
