using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;

namespace Registry.Tests.Ui;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "Webbläsare";
}

/// <summary>A test class driving the app in the shared browser (<see cref="BrowserApp"/>).</summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserAppTests(BrowserApp app)
{
    protected BrowserApp App => app;

    /// <summary>The app's HTTP API as the admin: to set up documents or change them behind a page's back.</summary>
    protected ApiClient Api { get; } = app.Api();
}

/// <summary>
/// The whole app on a real loopback port (Kestrel, not the in-memory test server), with the demo registry loaded,
/// and Debian's Chromium driven by Playwright (the Playwright browser download is not available here).
/// </summary>
public sealed class BrowserApp(RegistryApp registry) : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 22, 9, 0));

    public string BaseUrl { get; private set; } = "";

    public static string ScreenshotDirectory { get; } = FindScreenshotDirectory();

    public async ValueTask InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run .ci/prepare-machine (apt-get install chromium).");
        var database = await registry.CreateDatabaseAsync("browser_" + Guid.NewGuid().ToString("N")[..8]);
        _factory = registry.Derive(database, Clock, web => web.UseSetting("Registry:LoadDemoData", "true"));
        // An explicit loopback endpoint on a free port: UseKestrel(0) falls back to port 5000, which another test app may hold.
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Single().Replace("[::1]", "127.0.0.1");

        _playwright = await Playwright.CreateAsync();
        _browser = await Launch(_playwright);
    }

    /// <summary>Debian's Chromium, headless, as root.</summary>
    public static async Task<IBrowser> Launch(IPlaywright playwright)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run .ci/prepare-machine (apt-get install chromium).");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--lang=sv-SE",
            ],
        });
    }

    /// <summary>A fresh browser context (own cookies) on a page of the app, signed in as <paramref name="user"/> if given.</summary>
    public async Task<IPage> NewPage(string? user = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "sv-SE",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        if (user is not null)
        {
            await page.GotoAsync("/logga-in");
            await page.GetByLabel("Användarnamn").FillAsync(user);
            await page.GetByLabel("Lösenord").FillAsync(TestAccounts.PasswordOf(user));
            await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
            await Assertions.Expect(page.GetByText($"Inloggad som {user}")).ToBeVisibleAsync();
        }
        return page;
    }

    /// <summary>The HTTP API of the same app, as the admin: to set up documents or change them behind a page's back.</summary>
    public ApiClient Api(string user = TestAccounts.Admin) =>
        new(TestAccounts.SignIn(new HttpClient { BaseAddress = new Uri(BaseUrl) }, user), Clock, user);

    public static async Task<string> Screenshot(IPage page, string name)
    {
        var path = Path.Combine(ScreenshotDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.SendDiagnosticMessage($"Skärmbild: {path}");
        Console.WriteLine($"Skärmbild: {path}");
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
    }

    /// <summary>artifacts/screenshots at the repository root (gitignored), kept after the run for reviewers.</summary>
    private static string FindScreenshotDirectory()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Registry.sln"))) root = root.Parent;
        var directory = Path.Combine(root?.FullName ?? AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(directory);
        return directory;
    }
}
