namespace Registry.Tests.Reliability;

/// <summary>
/// PostgreSQL restarts while clients keep recording decisions. Clients retry with their Idempotency-Key, as
/// docs/api.md tells them to: every acknowledged step must be in the event store exactly once, the outage must
/// surface as 503 (never a 500), and the app must serve again without a restart of its own.
/// </summary>
public sealed class DatabaseRestartTests(RegistryApp app)
{
    private const int Writers = 4;
    private const int StepsPerWriter = 40;

    [Fact]
    public async Task Steps_recorded_around_a_database_restart_are_kept_exactly_once()
    {
        await using var registry = await IsolatedRegistry.StartAsync(app);
        var api = registry.Api();
        var acknowledged = new ConcurrentDictionary<string, Guid>();
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var stepsDone = 0;

        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var step = 0; step < StepsPerWriter; step++)
            {
                var key = $"restart-{writer}-{step}";
                acknowledged[key] = await DraftUntilAcknowledged(api, key, statuses);
                Interlocked.Increment(ref stepsDone);
            }
        })).ToList();

        await WaitUntil(() => Volatile.Read(ref stepsDone) >= Writers * 2);
        await registry.Postgres.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        await registry.Postgres.RestartAsync();
        await Task.WhenAll(writers);

        TestContext.Current.TestOutputHelper?.WriteLine("Responses during the restart run: " +
            string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{(int)g.Key}: {g.Count()}")));
        Assert.Contains(HttpStatusCode.ServiceUnavailable, statuses);
        Assert.Equal(Writers * StepsPerWriter, acknowledged.Count);
        Assert.DoesNotContain(HttpStatusCode.InternalServerError, statuses);
        foreach (var (key, id) in acknowledged)
            Assert.Equal(["document_drafted"], await api.HistoryTypes(id));
        var titles = (await api.Http.GetFromJsonAsync<JsonArray>("/api/documents", TestContext.Current.CancellationToken))!
            .Select(d => d!["title"]!.GetValue<string>()).Where(t => t.StartsWith("Omstart ")).ToList();
        Assert.Equal(Writers * StepsPerWriter, titles.Count);
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
    }

    /// <summary>A client's retry loop: same key and body until the registry acknowledges the step.</summary>
    private static async Task<Guid> DraftUntilAcknowledged(ApiClient api, string key, ConcurrentBag<HttpStatusCode> statuses)
    {
        var body = new { title = "Omstart " + key, kind = "rutin", ownerBodies = new[] { "VVG" } };
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = ApiClient.Content(body) };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await api.Http.SendAsync(request, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                var result = await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken);
                return Guid.Parse(result!["documentId"]!.GetValue<string>());
            }
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable,
                $"Expected 201 or 503 during the restart, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
            Assert.True(DateTime.UtcNow < deadline, "The registry did not recover within a minute of the restart.");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        while (!condition()) await Task.Delay(20, TestContext.Current.CancellationToken);
    }
}
