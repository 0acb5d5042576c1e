using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Registry.Web.Access;

/// <summary>
/// First start with no accounts: create an admin and a reader, with the passwords from configuration
/// (Registry:Access:BootstrapAdmin / BootstrapReader) or generated ones, printed once with how to sign in.
/// </summary>
public sealed class AccountBootstrap(AccountService accounts, IOptions<AccessOptions> options, IServer server,
    IHostApplicationLifetime lifetime, ILogger<AccountBootstrap> logger) : IHostedService
{
    public const string DefaultAdmin = "admin";
    public const string DefaultReader = "lasare";
    public const string CreatedBy = "uppstart";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await accounts.AnyAsync(cancellationToken)) return;
        var generated = new List<(string Name, string Password, string Role)>();
        await Create(options.Value.BootstrapAdmin, DefaultAdmin, Roles.Admin, generated, cancellationToken);
        await Create(options.Value.BootstrapReader, DefaultReader, Roles.Reader, generated, cancellationToken);
        if (generated.Count > 0) lifetime.ApplicationStarted.Register(() => Print(generated));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task Create(BootstrapAccount? configured, string defaultName, string role,
        List<(string, string, string)> generated, CancellationToken cancellation)
    {
        var name = string.IsNullOrWhiteSpace(configured?.Name) ? defaultName : configured.Name;
        var password = string.IsNullOrEmpty(configured?.Password) ? AccountService.GeneratePassword() : configured.Password;
        if (!await accounts.TryCreateAsync(name, role, password, CreatedBy, cancellation)) return;
        logger.LogInformation("Kontot {Name} ({Role}) skapades vid första start.", name, role);
        if (password != configured?.Password) generated.Add((name, password, role));
    }

    private void Print(List<(string Name, string Password, string Role)> generated)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
        foreach (var (name, password, role) in generated)
            Console.WriteLine($"Logga in på {address} med användare {name} och lösenord {password} ({Roles.Label(role)}).");
        Console.WriteLine("Lösenorden visas bara nu. Nya konton och API-nycklar: dotnet run --project src/Registry.Web -- konto --help");
    }
}
