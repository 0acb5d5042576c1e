using Microsoft.Extensions.Logging;
using Registry.Tests.OData;
using Registry.Web.Access;

namespace Registry.Tests.Access;

/// <summary>
/// Power BI's "Web API" credential: the key in a query parameter of a configurable name, accepted like X-Api-Key
/// and never written to a log or into a next link.
/// </summary>
public sealed class ApiKeyQueryParameterTests(RegistryApp app) : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private WebApplicationFactory<Program>? _host;

    public ValueTask InitializeAsync()
    {
        _host = app.Derive(app.ConnectionString, app.Clock, web =>
        {
            web.UseSetting("Registry:Access:ApiKeyQueryParameter", "nyckel");
            web.UseSetting("Logging:LogLevel:Default", "Information");
            web.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Information");
            web.ConfigureLogging(logging => logging.AddProvider(_logs));
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }

    [Fact]
    public async Task The_key_in_the_configured_query_parameter_signs_in_and_leaves_no_trace()
    {
        var prefix = ODataFeed.UniquePrefix("Webbnyckel");
        for (var i = 0; i < 3; i++) await app.Api().Draft($"{prefix} {i}");
        var key = await _host!.Services.GetRequiredService<AccountService>().IssueKeyAsync(TestAccounts.Reader, "Power BI", TestContext.Current.CancellationToken);
        var anonymous = _host.CreateClient();

        var request = new HttpRequestMessage(HttpMethod.Get, $"/odata/Documents?$filter=startswith(Title,'{prefix}')&nyckel={Uri.EscapeDataString(key)}");
        request.Headers.Add("Prefer", "odata.maxpagesize=2");
        var page = await anonymous.SendAsync(request, TestContext.Current.CancellationToken);
        var failing = await anonymous.GetAsync($"/odata/Documents?$filter=ExtensionCount div 0 eq 1&nyckel={Uri.EscapeDataString(key)}", TestContext.Current.CancellationToken);
        var wrong = await anonymous.GetAsync("/odata/Documents?nyckel=fel", TestContext.Current.CancellationToken);
        var logged = _logs.Messages.ToList();
        // Under another name than the configured one the key is just an unknown query option (and logged as such).
        var otherName = await anonymous.GetAsync($"/odata/Documents?api_key={Uri.EscapeDataString(key)}", TestContext.Current.CancellationToken);

        await ApiClient.Expect(page, HttpStatusCode.OK);
        var next = JsonNode.Parse(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["@odata.nextLink"]!.GetValue<string>();
        Assert.DoesNotContain("nyckel=", next);
        Assert.DoesNotContain(key, next);
        Assert.Equal(HttpStatusCode.BadRequest, failing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherName.StatusCode);
        Assert.Contains(logged, m => m.Contains("could not run in PostgreSQL"));
        Assert.Contains(logged, m => m.Contains("Request starting") && m.Contains("startswith"));
        Assert.DoesNotContain(logged, m => m.Contains(key) || m.Contains(Uri.EscapeDataString(key)));
    }

    private sealed class CapturedLogs : ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Messages);

        public void Dispose() { }

        private sealed class Logger(System.Collections.Concurrent.ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception) + " " + exception);
        }
    }
}
