[assembly: AssemblyFixture(typeof(Registry.Tests.Support.RegistryApp))]

namespace Registry.Tests.Support;

/// <summary>
/// The whole app against a throwaway PostgreSQL started from the machine's binaries, shared by all tests.
/// The clock is a fake one: tests set "today" explicitly.
/// </summary>
public sealed class RegistryApp : IAsyncLifetime
{
    private EmbeddedPostgres? _postgres;
    private WebApplicationFactory<Program>? _factory;

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 22, 9, 0));

    public string ConnectionString { get; private set; } = "";

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "registry-tests-" + Guid.NewGuid().ToString("N")[..8]);
        _postgres = await EmbeddedPostgres.StartAsync(directory, deleteOnDispose: true);
        await _postgres.EnsureDatabaseAsync("registry");
        ConnectionString = _postgres.ConnectionString("registry");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Registry", ConnectionString);
            web.UseSetting("Registry:LoadDemoData", "false");
            TestAccounts.Configure(web);
            web.UseSetting("Registry:ExtraDocumentKinds:0", "Vårdprogram");
            web.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
        });
        _ = _factory.Server;
    }

    /// <summary>Another instance of the app with the fixture's settings and accounts, on another database and clock.</summary>
    public WebApplicationFactory<Program> Derive(string connectionString, IClock clock, Action<IWebHostBuilder>? configure = null) =>
        Factory.WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:Registry", connectionString);
            configure?.Invoke(web);
            web.ConfigureTestServices(services => services.AddSingleton(clock));
        });

    /// <summary>Another empty database in the same PostgreSQL server, for tests that need one of their own.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        var postgres = _postgres ?? throw new InvalidOperationException("Not started.");
        await postgres.EnsureDatabaseAsync(name);
        return postgres.ConnectionString(name);
    }

    /// <summary>An API client signed in (HTTP Basic) as the admin, or as <paramref name="user"/> (see <see cref="TestAccounts"/>).</summary>
    public ApiClient Api(string user = TestAccounts.Admin) => TestAccounts.Api(Factory, Clock, user);

    /// <summary>An API client that sends no credentials.</summary>
    public ApiClient AnonymousApi() => new(Factory.CreateClient(), Clock);

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
    }
}
