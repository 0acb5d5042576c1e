using Registry.DemoData;

namespace Registry.Tests.DemoData;

/// <summary>
/// A second instance of the app on a fresh database of its own (in the shared PostgreSQL server), started the
/// way the run command starts it: with the demo registry loaded at start-up. Today is the fixture's date.
/// </summary>
public sealed class DemoRegistryApp(RegistryApp registry) : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 22, 9, 0));

    public ApiClient Api() => TestAccounts.Api(_factory ?? throw new InvalidOperationException("Not started."), Clock);

    public async ValueTask InitializeAsync()
    {
        var connectionString = await registry.CreateDatabaseAsync("demo_" + Guid.NewGuid().ToString("N")[..8]);
        _factory = registry.Derive(connectionString, Clock, web => web.UseSetting("Registry:LoadDemoData", "true"));
        _ = _factory.Server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
    }
}
