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
//   dotnet run -c Release --project bench/Registry.Bench -- import [rows]   (see ImportBench.cs)
if (args.Length > 0 && args[0] == "load") return await LoadTest.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "import") return await ImportBench.RunAsync(args[1..]);
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
using var app = AppProcess.Start(connectionString, port, "--Registry:Bench:Baseline=true");
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

    // Each figure against the baseline: the same rows read with Npgsql and written as JSON by a minimal endpoint in
    // the same process, keyset-paged with the same page size (src/Registry.Web/OData/Bench/BaselineEndpoints.cs).
    for (var i = 0; i < 5; i++)
    {
        await PullAll(http, "/bench/baseline/documents", "next");
        await PullAll(http, $"/bench/baseline/documents?from=2026-01-01&to=2026-06-30", "next");
    }
    var pulls = new List<double>();
    var baselinePulls = new List<double>();
    var pulledRows = 0;
    var baselineRows = 0;
    var pages = 0;
    for (var i = 0; i < 7; i++)
    {
        var watch = Stopwatch.StartNew();
        (pulledRows, pages) = await PullAll(http, "/odata/Documents");
        pulls.Add(watch.Elapsed.TotalMilliseconds);
        watch.Restart();
        (baselineRows, _) = await PullAll(http, "/bench/baseline/documents", "next");
        baselinePulls.Add(watch.Elapsed.TotalMilliseconds);
    }

    var filtered = new List<double>();
    var baselineFiltered = new List<double>();
    var filteredRows = 0;
    var baselineFilteredRows = 0;
    for (var i = 0; i < repetitions; i++)
    {
        var watch = Stopwatch.StartNew();
        (filteredRows, _) = await PullAll(http, $"/odata/Documents?$filter={Uri.EscapeDataString(dateFilter)}");
        filtered.Add(watch.Elapsed.TotalMilliseconds);
        watch.Restart();
        (baselineFilteredRows, _) = await PullAll(http, "/bench/baseline/documents?from=2026-01-01&to=2026-06-30", "next");
        baselineFiltered.Add(watch.Elapsed.TotalMilliseconds);
    }

    var (eventsMs, eventRows, eventsGrowth) = await Measured(app, () => PullAll(http, "/odata/LifecycleEvents"));
    var (baselineEventsMs, baselineEventRows, baselineEventsGrowth) = await Measured(app, () => PullAll(http, "/bench/baseline/lifecycle_events", "next"));

    if (pulledRows != baselineRows || filteredRows != baselineFilteredRows || eventRows != baselineEventRows)
        throw new InvalidOperationException($"Row counts differ: {pulledRows}/{baselineRows}, {filteredRows}/{baselineFilteredRows}, {eventRows}/{baselineEventRows}.");
    Console.WriteLine();
    Console.WriteLine($"# {documents} documents, {events} events; Documents {pulledRows} rows in {pages} pages; date filter {filteredRows} rows; LifecycleEvents {eventRows} rows");
    Console.WriteLine("# name ratio value (ratio = OData / baseline; value in ms or MB)");
    Figure("documents_full_pull_median_ms", Percentile(pulls, 50), Percentile(baselinePulls, 50));
    Figure("date_filter_p50_ms", Percentile(filtered, 50), Percentile(baselineFiltered, 50));
    Figure("date_filter_p95_ms", Percentile(filtered, 95), Percentile(baselineFiltered, 95));
    Figure("lifecycle_events_full_pull_ms", eventsMs, baselineEventsMs);
    Figure("lifecycle_events_peak_working_set_growth_mb", eventsGrowth, baselineEventsGrowth);
    Figure("baseline_documents_full_pull_median_ms", Percentile(baselinePulls, 50), Percentile(baselinePulls, 50));
    Figure("baseline_date_filter_p95_ms", Percentile(baselineFiltered, 95), Percentile(baselineFiltered, 95));
}
finally
{
    await AppProcess.Stop(app);
}
return 0;

static void Figure(string name, double value, double baseline) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {value / baseline:F2} {value:F1}"));

// A full pull while sampling the app's resident set: its growth over the value before the pull, in MB.
static async Task<(double Ms, int Rows, double GrowthMb)> Measured(System.Diagnostics.Process app, Func<Task<(int Rows, int Pages)>> pull)
{
    app.Refresh();
    var before = app.WorkingSet64;
    var peak = before;
    using var done = new CancellationTokenSource();
    var sampler = Task.Run(async () =>
    {
        while (!done.IsCancellationRequested)
        {
            app.Refresh();
            peak = Math.Max(peak, app.WorkingSet64);
            await Task.Delay(5);
        }
    });
    var watch = Stopwatch.StartNew();
    var (rows, _) = await pull();
    var ms = watch.Elapsed.TotalMilliseconds;
    await done.CancelAsync();
    await sampler;
    return (ms, rows, (peak - before) / 1024.0 / 1024.0);
}

static async Task<(int Rows, int Pages)> PullAll(HttpClient http, string url, string nextProperty = "@odata.nextLink")
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
        next = page[nextProperty]?.GetValue<string>();
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
