using Microsoft.Extensions.Logging;

namespace Registry.Tests.Hosting;

/// <summary>
/// Logs (issue 13, point 8): a client's mistake (409, bad JSON, a broken rule) is logged at Information at most,
/// never with the document's contents, SQL parameter values or the request body, and no entry is unbounded.
/// </summary>
public sealed class LoggingTests(RegistryApp app)
{
    private const string Secret = "HEMLIG-INNEHÅLL-7f3a";

    [Fact]
    public async Task Client_errors_are_logged_at_Information_without_contents_and_entries_are_bounded()
    {
        var logs = new CapturedLogs();
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 22, 9, 0));
        await using var factory = app.Derive(app.ConnectionString, clock,
            web => web.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(logs)));
        var api = TestAccounts.Api(factory, clock);
        var id = await api.InForce();
        logs.Clear();

        var conflict = await api.Step(id, "extend", new { newValidTo = "2026-12-31", decision = Decisions.Vvg("2023-12-15"), note = Secret }, ifMatch: 1);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var broken = await api.Http.PostAsync("/api/documents", new StringContent("{\"title\": \"" + Secret + "\", \"kind\": ", Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        var rule = await api.Http.PostAsync("/api/documents", ApiClient.Content(new { title = Secret + "\u0000", kind = "rutin", ownerBodies = new[] { "VVG" } }),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, rule.StatusCode);
        var huge = new string('x', 3_000_000);
        var big = await api.Http.PostAsync("/api/documents", new StringContent("{\"title\": \"" + huge + "\", \"kind\": \"rutin\", \"ownerBodies\": [\"VVG\"]}",
            Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, big.StatusCode);

        var entries = logs.Entries.ToList();
        var warnings = entries.Where(e => e.Level >= LogLevel.Warning).ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings.Select(e => $"{e.Level} {e.Category}: {e.Text[..Math.Min(300, e.Text.Length)]}")));
        Assert.DoesNotContain(entries, e => e.Text.Contains(Secret) || e.Text.Contains("xxxxxxxxxx"));
        Assert.All(entries, e => Assert.True(e.Text.Length <= 4_000, $"A log entry of {e.Text.Length} characters: {e.Text[..Math.Min(200, e.Text.Length)]}"));
        Assert.Contains(entries, e => e.Level == LogLevel.Information && e.Text.Contains("409"));
    }

    private sealed record Entry(LogLevel Level, string Category, string Text);

    private sealed class CapturedLogs : ILoggerProvider
    {
        private readonly ConcurrentQueue<Entry> _entries = new();

        public IEnumerable<Entry> Entries => _entries;

        public void Clear() => _entries.Clear();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel is >= LogLevel.Information and < LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel)) entries.Enqueue(new Entry(logLevel, category, $"{category}: {formatter(state, exception)} {exception}"));
            }
        }
    }
}
