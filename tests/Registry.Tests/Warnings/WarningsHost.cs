using Wolverine;

namespace Registry.Tests.Warnings;

/// <summary>
/// The app on a database of its own (on the fixture's PostgreSQL) with a clock of its own, so warning tests can move
/// "today" without disturbing other test classes. Built from the fixture's factory, so it shares its settings.
/// </summary>
public sealed class WarningsHost : IAsyncDisposable
{
    private WarningsHost(WebApplicationFactory<Program> factory, FakeClock clock)
    {
        Factory = factory;
        Clock = clock;
    }

    public WebApplicationFactory<Program> Factory { get; }

    public FakeClock Clock { get; }

    public static Task<string> CreateDatabase(RegistryApp app) =>
        app.CreateDatabaseAsync("warnings_" + Guid.NewGuid().ToString("N")[..8]);

    public static WarningsHost Start(RegistryApp app, string connectionString, FakeClock clock,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var factory = app.Derive(connectionString, clock, web =>
        {
            // Tests run the evaluation themselves; the timer would only add noise.
            web.UseSetting("Registry:Warnings:EvaluationInterval", "00:00:00");
            // Every configured retry step short (appsettings has four), so a channel that comes back is used at once.
            foreach (var step in Enumerable.Range(0, 4))
                web.UseSetting($"Registry:Warnings:RetryDelays:{step}", step == 0 ? "00:00:00.200" : "00:00:00.500");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) web.UseSetting(key, value);
        });
        _ = factory.Server;
        return new WarningsHost(factory, clock);
    }

    public ApiClient Api() => TestAccounts.Api(Factory, Clock);

    public LocalDate Today => Clock.TodayInStockholm();

    public void SetToday(LocalDate date) =>
        Clock.Reset(date.InStockholm(new LocalTime(9, 0)));

    /// <summary>A browser signed in as admin, for the document page.</summary>
    public async Task<Registry.Tests.Ui.UiClient> SignedInUi()
    {
        var ui = new Registry.Tests.Ui.UiClient(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        await ui.SignIn(TestAccounts.Admin);
        return ui;
    }

    /// <summary>The document page as an admin sees it, HTML entities decoded.</summary>
    public async Task<string> DocumentPage(Guid id)
    {
        var ui = await SignedInUi();
        return WebUtility.HtmlDecode(await ui.Html(await ui.Http.GetAsync($"/dokument/{id}", TestContext.Current.CancellationToken)));
    }

    /// <summary>What the timer does on every node: one evaluation run, awaited.</summary>
    public async Task Evaluate()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(new EvaluateWarnings());
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}

/// <summary>One <see cref="WarningsHost"/> per test class, started on first use.</summary>
public sealed class WarningsHostFixture : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private WarningsHost? _host;

    public SmtpTestServer Smtp { get; } = new();

    public WebhookReceiver Webhook { get; } = new();

    /// <summary>Every delivery of each warning is delivered (mail and webhook), and the webhook received each warning once.</summary>
    public async Task AssertDeliveredOnce(ApiClient api, IEnumerable<JsonObject> warnings)
    {
        foreach (var warning in warnings.Select(w => Guid.Parse(w["id"]!.GetValue<string>())))
        {
            await Eventually.True(async () => (await WarningJson.Get(api, warning))["deliveries"]!.AsArray()
                .All(d => d!["status"]!.GetValue<string>() == "delivered"), "mail and webhook delivered");
            Assert.Equal(1, Webhook.RequestsFor(warning));
        }
    }

    /// <summary>The class's host, its clock set to <paramref name="today"/> when given.</summary>
    public async Task<WarningsHost> Host(RegistryApp app, Func<WarningsHostFixture, IReadOnlyDictionary<string, string>>? settings = null,
        LocalDate? today = null)
    {
        var host = await Started(app, settings);
        if (today is { } date) host.SetToday(date);
        return host;
    }

    /// <summary>The class's host with mail and webhook (<see cref="DeliveryTests.Channels"/>) and the SMTP server up.</summary>
    public async Task<WarningsHost> Delivering(RegistryApp app, LocalDate today)
    {
        var host = await Host(app, DeliveryTests.Channels, today);
        await Smtp.Start();
        return host;
    }

    private async Task<WarningsHost> Started(RegistryApp app, Func<WarningsHostFixture, IReadOnlyDictionary<string, string>>? settings)
    {
        await _gate.WaitAsync();
        try
        {
            _host ??= WarningsHost.Start(app, await WarningsHost.CreateDatabase(app),
                new FakeClock(Instant.FromUtc(2030, 1, 10, 8, 0)), settings?.Invoke(this));
            return _host;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        await Smtp.DisposeAsync();
        Webhook.Dispose();
        _gate.Dispose();
    }
}
