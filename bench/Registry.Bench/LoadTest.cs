using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Registry.Infrastructure;
using Wolverine;

namespace Registry.Bench;

/// <summary>
/// A bounded mixed load against the built app on a loopback port: concurrent clients pull and filter the OData
/// feed and extend documents (If-Match + Idempotency-Key, as admin) for a fixed time, then print throughput,
/// p50/p95/p99 per request kind and the status codes. 409 on extensions is expected (clients race for the same
/// documents); any 5xx or transport error fails the run (exit code 1).
/// </summary>
public static class LoadTest
{
    private const string AdminName = "lastadmin";
    private const string AdminPassword = "last-test-losenord-2026";
    private const int MaxRequests = 1_000_000;
    private const int HotDocuments = 20;

    public static async Task<int> RunAsync(string[] args)
    {
        var documents = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000;
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        var clients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 8;

        var directory = Path.Combine(Path.GetTempPath(), "registry-load-" + Guid.NewGuid().ToString("N")[..8]);
        await using var postgres = await EmbeddedPostgres.StartAsync(directory, deleteOnDispose: true);
        await postgres.EnsureDatabaseAsync("registry");
        var connectionString = postgres.ConnectionString("registry");
        await Seed(connectionString, documents);

        var port = AppProcess.FreePort();
        using var app = AppProcess.Start(connectionString, port,
            $"--Registry:Access:BootstrapAdmin:Name={AdminName}", $"--Registry:Access:BootstrapAdmin:Password={AdminPassword}");
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2 };
        using var http = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        try
        {
            await AppProcess.WaitForHealth(http, app);
            var all = await Ids(http, "/odata/Documents?$select=Id&$orderby=Id");
            var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var hot = (await Ids(http, $"/odata/Documents?$select=Id&$filter=Status eq 'InForce' and ValidTo ge {today}&$orderby=Id"))
                .Take(HotDocuments).ToList();
            if (all.Count != documents || hot.Count == 0)
                throw new InvalidOperationException($"Seeded {documents}, the feed has {all.Count}, {hot.Count} in force.");

            var run = new LoadRun(http, all, hot, DateOnly.FromDateTime(DateTime.UtcNow));
            await run.Request("uppvärmning", "/odata/Documents?$top=1");
            run.Reset();
            Console.WriteLine($"Last: {clients} klienter i {seconds} s mot http://127.0.0.1:{port} ({documents} dokument, {hot.Count} heta dokument för förlängning)");
            var clock = Stopwatch.StartNew();
            var end = TimeSpan.FromSeconds(seconds);
            await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
            {
                var random = new Random(1000 + c);
                while (clock.Elapsed < end && run.Count < MaxRequests) await run.Step(random);
            })));
            var elapsed = clock.Elapsed;
            return run.Report(elapsed);
        }
        finally
        {
            await AppProcess.Stop(app);
        }
    }

    private static async Task Seed(string connectionString, int documents)
    {
        using var host = await RegistryHost.StartAsync(connectionString);
        await new RegistryGenerator(host.Services.GetRequiredService<IDocumentStore>()).GenerateAsync(documents, 250, _ => { });
        await host.StopAsync();
    }

    private static async Task<List<string>> Ids(HttpClient http, string url)
    {
        var ids = new List<string>();
        string? next = url;
        while (next is not null)
        {
            var page = JsonNode.Parse(await http.GetStringAsync(next))!;
            ids.AddRange(page["value"]!.AsArray().Select(d => d!["Id"]!.ToString()));
            next = page["@odata.nextLink"]?.GetValue<string>();
        }
        return ids;
    }

    private sealed class LoadRun(HttpClient http, List<string> all, List<string> hot, DateOnly today)
    {
        private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new();
        private readonly ConcurrentDictionary<(string Kind, string Status), int> _statuses = new();
        private readonly AuthenticationHeaderValue _admin =
            new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AdminName}:{AdminPassword}")));
        private int _count;

        public int Count => _count;

        public void Reset()
        {
            _latencies.Clear();
            _statuses.Clear();
            _count = 0;
        }

        /// <summary>One user action: mostly reads of the OData feed, one in ten an extension.</summary>
        public async Task Step(Random random)
        {
            var dice = random.Next(100);
            if (dice < 25) await PagedPull();
            else if (dice < 45)
            {
                var from = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 700));
                await Request("Documents datumfilter",
                    $"/odata/Documents?$filter=ValidTo ge {from:yyyy-MM-dd} and ValidTo le {from.AddMonths(6):yyyy-MM-dd}");
            }
            else if (dice < 65)
            {
                var from = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 700));
                await Request("ValidityPeriods datumfilter",
                    $"/odata/ValidityPeriods?$filter=ValidFrom le {from:yyyy-MM-dd} and (ValidTo eq null or ValidTo ge {from:yyyy-MM-dd})");
            }
            else if (dice < 90)
                await Request("LifecycleEvents för ett dokument",
                    $"/odata/LifecycleEvents?$filter=DocumentId eq {all[random.Next(all.Count)]}&$orderby=Sequence");
            else await Extend(hot[random.Next(hot.Count)]);
        }

        private async Task PagedPull()
        {
            string? next = "/odata/Documents";
            while (next is not null)
            {
                var body = await Request("Documents sida (hel hämtning)", next);
                next = body is null ? null : JsonNode.Parse(body)!["@odata.nextLink"]?.GetValue<string>();
            }
        }

        /// <summary>Read the version and end date, then extend by a month with that version as If-Match.</summary>
        private async Task Extend(string id)
        {
            var body = await Request("API GET dokument", $"/api/documents/{id}", _admin);
            if (body is null) return;
            var document = JsonNode.Parse(body)!["document"]!;
            var version = document["version"]!.GetValue<long>();
            var validTo = DateOnly.Parse(document["validTo"]!.GetValue<string>(), CultureInfo.InvariantCulture);
            var meeting = today < validTo ? today : validTo;
            var extension = new JsonObject
            {
                ["newValidTo"] = validTo.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["decision"] = new JsonObject { ["body"] = "VVG", ["meetingDate"] = meeting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["agendaItem"] = "5" },
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/{id}/extend")
            {
                Content = new StringContent(extension.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = _admin;
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            await Send("POST extend", request);
        }

        public Task<string?> Request(string kind, string url, AuthenticationHeaderValue? authorization = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = authorization;
            return Send(kind, request);
        }

        /// <summary>The body of a 2xx answer, or null; every answer is counted by kind and status.</summary>
        private async Task<string?> Send(string kind, HttpRequestMessage request)
        {
            using var _ = request;
            Interlocked.Increment(ref _count);
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                _latencies.GetOrAdd(kind, _ => []).Add(watch.Elapsed.TotalMilliseconds);
                _statuses.AddOrUpdate((kind, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)), 1, (_, n) => n + 1);
                return response.IsSuccessStatusCode ? body : null;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                _statuses.AddOrUpdate((kind, exception.GetType().Name), 1, (_, n) => n + 1);
                return null;
            }
        }

        public int Report(TimeSpan elapsed)
        {
            var total = _latencies.Values.Sum(l => l.Count);
            Console.WriteLine();
            Console.WriteLine($"{total} svar på {elapsed.TotalSeconds:F1} s = {total / elapsed.TotalSeconds:F0} req/s");
            Console.WriteLine($"{"Slag",-34} {"antal",7} {"req/s",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}  statuskoder");
            foreach (var (kind, bag) in _latencies.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                var sorted = bag.Order().ToList();
                var statuses = string.Join(", ", _statuses.Where(s => s.Key.Kind == kind).OrderBy(s => s.Key.Status, StringComparer.Ordinal)
                    .Select(s => $"{s.Key.Status}: {s.Value}"));
                Console.WriteLine($"{kind,-34} {sorted.Count,7} {sorted.Count / elapsed.TotalSeconds,7:F1} {Percentile(sorted, 50),8:F1} {Percentile(sorted, 95),8:F1} {Percentile(sorted, 99),8:F1}  {statuses}");
            }
            var failures = _statuses.Where(s => !int.TryParse(s.Key.Status, out var code) || code >= 500).Sum(s => s.Value);
            var unexpected = _statuses.Where(s => int.TryParse(s.Key.Status, out var code) && code is >= 400 and < 500
                && !(s.Key.Kind == "POST extend" && code == 409)).Sum(s => s.Value);
            Console.WriteLine(failures == 0
                ? $"OK: inga 5xx och inga transportfel ({unexpected} oväntade 4xx)."
                : $"MISSLYCKADES: {failures} svar med 5xx eller transportfel.");
            return failures == 0 && unexpected == 0 ? 0 : 1;
        }

        private static double Percentile(List<double> sorted, int percentile) =>
            sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
