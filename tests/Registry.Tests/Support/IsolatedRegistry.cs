namespace Registry.Tests.Support;

/// <summary>
/// The app on a PostgreSQL server of its own, for tests that stop the database or need an empty one,
/// which the shared <see cref="RegistryApp"/> must never see.
/// </summary>
public sealed class IsolatedRegistry : IAsyncDisposable
{
    private IsolatedRegistry(EmbeddedPostgres postgres, WebApplicationFactory<Program> factory, FakeClock clock)
    {
        Postgres = postgres;
        Factory = factory;
        Clock = clock;
    }

    public EmbeddedPostgres Postgres { get; }
    public WebApplicationFactory<Program> Factory { get; }
    public FakeClock Clock { get; }

    public static async Task<IsolatedRegistry> StartAsync(RegistryApp app)
    {
        var directory = Path.Combine(Path.GetTempPath(), "registry-isolated-" + Guid.NewGuid().ToString("N")[..8]);
        var postgres = await EmbeddedPostgres.StartAsync(directory, deleteOnDispose: true);
        await postgres.EnsureDatabaseAsync("registry");
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 22, 9, 0));
        var factory = app.Derive(postgres.ConnectionString("registry"), clock);
        _ = factory.Server;
        return new IsolatedRegistry(postgres, factory, clock);
    }

    public ApiClient Api() => TestAccounts.Api(Factory, Clock);

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Postgres.DisposeAsync();
    }
}
