using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Registry.Bench;
using Registry.Infrastructure;
using Registry.ReadModels;
using Wolverine;

// Benchmark of the OData feed on a generated registry. Not a test: it prints figures.
//   dotnet run -c Release --project bench/Registry.Bench [-- documents repetitions]
//   dotnet run -c Release --project bench/Registry.Bench -- load [documents seconds clients]   (see LoadTest.cs)
if (args.Length > 0 && args[0] == "load") return await LoadTest.RunAsync(args[1..]);
var documents = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
const string dateFilter = "ValidTo ge 2026-01-01 and ValidTo le 2026-06-30";
const string dateSql = "valid_to >= date '2026-01-01' and valid_to <= date '2026-06-30'";

var directory = Path.Combine(Path.GetTempPath(), "registry-bench-" + Guid.NewGuid().ToString("N")[..8]);
await using var postgres = await EmbeddedPostgres.StartAsync(directory, deleteOnDispose: true);
await postgres.EnsureDatabaseAsync("registry");
var connectionString = postgres.ConnectionString("registry");
Console.WriteLine($"PostgreSQL på port {postgres.Port}; {documents} dokument, {repetitions} upprepningar.");

// 1. Generate through the app's own Marten configuration (inline snapshot and read-model projections included).
var generation = Stopwatch.StartNew();
long events;
{
    using var host = await RegistryHost.StartAsync(connectionString);
    var store = host.Services.GetRequiredService<IDocumentStore>();
    var generator = new RegistryGenerator(store);
    Console.WriteLine("Genererar registret…");
    await generator.GenerateAsync(documents, perTransaction: 250, Console.WriteLine);
    events = generator.Events;
    Console.WriteLine($"Genererat: {documents} dokument, {events} händelser på {generation.Elapsed.TotalSeconds:F1} s");

    var rebuild = Stopwatch.StartNew();
    await ReadModelRebuild.RebuildAsync(store);
    Console.WriteLine($"Återuppbyggnad av läsmodellerna från händelserna: {rebuild.Elapsed.TotalSeconds:F1} s");
    await host.StopAsync();
}

// 2. The app as users run it, on its own port.
var port = AppProcess.FreePort();
using var app = AppProcess.Start(connectionString, port);
using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
await AppProcess.WaitForHealth(http, app);

try
{
    // Warm up JIT, EF Core's query cache and PostgreSQL's buffers.
    for (var i = 0; i < 5; i++)
    {
        await PullAll(http, "/odata/Documents");
        await PullAll(http, $"/odata/Documents?$filter={Uri.EscapeDataString(dateFilter)}");
        await RawRows(connectionString, dateSql);
    }

    var pulls = new List<double>();
    var pulledRows = 0;
    var pages = 0;
    for (var i = 0; i < 5; i++)
    {
        var watch = Stopwatch.StartNew();
        (pulledRows, pages) = await PullAll(http, "/odata/Documents");
        pulls.Add(watch.Elapsed.TotalMilliseconds);
    }
    var rawPulls = new List<double>();
    for (var i = 0; i < 5; i++)
    {
        var watch = Stopwatch.StartNew();
        await RawRows(connectionString, "true");
        rawPulls.Add(watch.Elapsed.TotalMilliseconds);
    }

    var filtered = new List<double>();
    var filteredRows = 0;
    for (var i = 0; i < repetitions; i++)
    {
        var watch = Stopwatch.StartNew();
        (filteredRows, _) = await PullAll(http, $"/odata/Documents?$filter={Uri.EscapeDataString(dateFilter)}");
        filtered.Add(watch.Elapsed.TotalMilliseconds);
    }
    var raw = new List<double>();
    var rawRows = 0;
    for (var i = 0; i < repetitions; i++)
    {
        var watch = Stopwatch.StartNew();
        rawRows = await RawRows(connectionString, dateSql);
        raw.Add(watch.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine();
    Console.WriteLine($"Registry: {documents} documents, {events} events");
    Console.WriteLine($"Full paged pull of /odata/Documents: {pulledRows} rows in {pages} pages, median {Percentile(pulls, 50):F0} ms (min {pulls.Min():F0}, max {pulls.Max():F0}) over {pulls.Count} pulls");
    Console.WriteLine($"  raw Npgsql, same rows and columns: median {Percentile(rawPulls, 50):F0} ms -> ratio {Percentile(pulls, 50) / Percentile(rawPulls, 50):F1}x");
    Console.WriteLine($"Date-filtered query ($filter={dateFilter}): {filteredRows} rows, p50 {Percentile(filtered, 50):F1} ms, p95 {Percentile(filtered, 95):F1} ms over {repetitions} runs");
    Console.WriteLine($"  raw Npgsql ({rawRows} rows): p50 {Percentile(raw, 50):F1} ms, p95 {Percentile(raw, 95):F1} ms -> ratio p50 {Percentile(filtered, 50) / Percentile(raw, 50):F1}x, p95 {Percentile(filtered, 95) / Percentile(raw, 95):F1}x");
}
finally
{
    await AppProcess.Stop(app);
}
return 0;

static async Task<(int Rows, int Pages)> PullAll(HttpClient http, string url)
{
    var rows = 0;
    var pages = 0;
    string? next = url;
    while (next is not null)
    {
        using var response = await http.GetAsync(next);
        response.EnsureSuccessStatusCode();
        var page = JsonNode.Parse(await response.Content.ReadAsStreamAsync())!;
        rows += page["value"]!.AsArray().Count;
        pages++;
        next = page["@odata.nextLink"]?.GetValue<string>();
    }
    return (rows, pages);
}

static async Task<int> RawRows(string connectionString, string where)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand($"select * from registry.odata_documents where {where} order by id", connection);
    await using var reader = await command.ExecuteReaderAsync();
    var rows = 0;
    var values = new object[reader.FieldCount];
    while (await reader.ReadAsync())
    {
        reader.GetValues(values);
        rows++;
    }
    return rows;
}

static double Percentile(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    var index = (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1;
    return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
}
