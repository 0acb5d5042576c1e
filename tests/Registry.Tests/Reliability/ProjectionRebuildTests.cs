namespace Registry.Tests.Reliability;

/// <summary>
/// The OData tables are rebuilt from the event store while the app serves: readers keep pulling the feed and
/// writers keep recording steps. Every read must return the complete set (never an empty or partial one), and
/// once the rebuild is done the feed must agree with the event store for every document, including the ones
/// written while it ran.
/// </summary>
public sealed class ProjectionRebuildTests(RegistryApp app)
{
    private const int ReadableDocuments = 25;
    private const int Readers = 3;
    private const int Rebuilds = 2;
    private const string Readable = "Läsbar under återuppbyggnad";
    private const string Written = "Skriven under återuppbyggnad";

    [Fact]
    public async Task Reads_stay_complete_and_writes_survive_while_the_read_models_are_rebuilt()
    {
        await using var registry = await IsolatedRegistry.StartAsync(app);
        var api = registry.Api();
        var expected = new HashSet<Guid>();
        for (var i = 0; i < ReadableDocuments; i++)
            expected.Add(i % 2 == 0 ? await api.Draft($"{Readable} {i:00}") : await api.InForce(draft: new { title = $"{Readable} {i:00}" }));
        var store = registry.Factory.Services.GetRequiredService<IDocumentStore>();

        using var stop = new CancellationTokenSource();
        var reads = 0;
        var badReads = new ConcurrentQueue<string>();
        var readers = Enumerable.Range(0, Readers).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var seen = await ReadableIds(api);
                if (!seen.SetEquals(expected)) badReads.Enqueue($"{seen.Count} of {expected.Count} documents");
                Interlocked.Increment(ref reads);
            }
        }, TestContext.Current.CancellationToken)).ToList();

        var written = new ConcurrentQueue<Guid>();
        var writesSent = 0;
        var writesDone = 0;
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var writer = Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                Interlocked.Increment(ref writesSent);
                var created = await api.Http.PostAsync("/api/documents",
                    ApiClient.Content(new { title = $"{Written} {n:000}", kind = "rutin", ownerBodies = new[] { "VVG" } }),
                    TestContext.Current.CancellationToken);
                statuses.Add(created.StatusCode);
                Interlocked.Increment(ref writesDone);
                if (created.StatusCode != HttpStatusCode.Created) break;
                var id = Guid.Parse((await created.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["documentId"]!.GetValue<string>());
                written.Enqueue(id);
                Interlocked.Increment(ref writesSent);
                var inForce = await api.Step(id, "enter-into-force", new { validFrom = "2026-01-01", validTo = "2027-12-31" });
                statuses.Add(inForce.StatusCode);
                Interlocked.Increment(ref writesDone);
            }
        }, TestContext.Current.CancellationToken);

        var rebuilt = 0;
        for (var rebuild = 0; rebuild < Rebuilds; rebuild++)
        {
            await WritesProgress(() => writesDone, writer);
            // Hold the rebuild open once it has read the streams: readers must get through, and a writer's step
            // must be under way.
            rebuilt = await ReadModelRebuild.RebuildAsync(store, message =>
            {
                if (!message.Contains("inlästa")) return;
                var readsAt = Volatile.Read(ref reads);
                var sentAt = Volatile.Read(ref writesSent);
                var doneAt = Volatile.Read(ref writesDone);
                SpinWait.SpinUntil(() => Volatile.Read(ref reads) >= readsAt + 2 * Readers
                        && (Volatile.Read(ref writesSent) > sentAt || Volatile.Read(ref writesSent) > Volatile.Read(ref writesDone))
                    || readers.Any(r => r.IsCompleted) || writer.IsCompleted, TimeSpan.FromSeconds(20));
                // Give the step a moment to land: with the rebuild's lock it waits (and this times out), without
                // the lock it would commit here and the rebuild would then overwrite or drop its rows.
                SpinWait.SpinUntil(() => Volatile.Read(ref writesDone) > doneAt, TimeSpan.FromSeconds(1));
            }, cancellation: TestContext.Current.CancellationToken);
        }
        // Steps held back by the rebuild go through once it has committed.
        await WritesProgress(() => writesDone, writer);
        await stop.CancelAsync();
        await Task.WhenAll(readers.Append(writer));

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Rebuilds} rebuilds ({rebuilt} streams in the last), {reads} complete reads, {written.Count} documents written meanwhile");
        Assert.Empty(badReads);
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.Created or HttpStatusCode.OK, $"Write answered {(int)s}"));
        Assert.True(written.Count >= Rebuilds, "The writer did not record anything during the rebuilds.");
        Assert.True(reads >= Rebuilds * 2 * Readers);
        Assert.True(rebuilt >= ReadableDocuments);

        // The feed agrees with the event store for every document, those written during the rebuild included.
        var feed = await FeedRows(api);
        Assert.Equal(ReadableDocuments + written.Count, feed.Count);
        foreach (var id in expected.Concat(written))
        {
            var state = await api.State(id);
            Assert.True(feed.TryGetValue(id, out var row), $"Document {id} is missing from the feed.");
            Assert.Equal(state["version"]!.GetValue<long>(), row!["Version"]!.GetValue<long>());
        }
    }

    private static async Task WritesProgress(Func<int> done, Task writer)
    {
        var target = done() + 2;
        while (done() < target && !writer.IsCompleted) await Task.Delay(20, TestContext.Current.CancellationToken);
    }

    private static async Task<HashSet<Guid>> ReadableIds(ApiClient api)
    {
        var page = await api.Http.GetFromJsonAsync<JsonObject>(
            $"/odata/Documents?$select=Id&$filter=startswith(Title,'{Readable}')&$orderby=Id", TestContext.Current.CancellationToken);
        return page!["value"]!.AsArray().Select(d => Guid.Parse(d!["Id"]!.GetValue<string>())).ToHashSet();
    }

    private static async Task<Dictionary<Guid, JsonNode>> FeedRows(ApiClient api)
    {
        var page = await api.Http.GetFromJsonAsync<JsonObject>("/odata/Documents?$select=Id,Version,Status",
            TestContext.Current.CancellationToken);
        return page!["value"]!.AsArray().ToDictionary(d => Guid.Parse(d!["Id"]!.GetValue<string>()), d => d!);
    }
}
