using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Registry.Tests.Access.Organisation;

/// <summary>
/// The registry configured for organisational sign-in against <see cref="TestIdentityProvider"/>, on a real loopback
/// port (the provider redirects the browser back to it), on a database of its own.
/// </summary>
public sealed class OrganisationApp(RegistryApp registry) : IAsyncLifetime
{
    public const string AdminClient = "rapportverktyg-admin";
    public const string ReaderClient = "powerbi-gateway";
    public const string RolelessClient = "okand-tjanst";
    public const string Secret = "klienthemlighet-för-test";

    private WebApplicationFactory<Program>? _factory;

    public TestIdentityProvider Provider { get; private set; } = null!;
    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 22, 9, 0));
    public string BaseUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Provider = await TestIdentityProvider.StartAsync();
        Provider.Clients[AdminClient] = (Secret, [TestIdentityProvider.AdminRole]);
        Provider.Clients[ReaderClient] = (Secret, [TestIdentityProvider.ReaderRole]);
        Provider.Clients[RolelessClient] = (Secret, ["Något.Annat"]);
        var database = await registry.CreateDatabaseAsync("organisation_" + Guid.NewGuid().ToString("N")[..8]);
        _factory = registry.Derive(database, Clock, web =>
        {
            web.UseSetting("Registry:Access:Bearer:Authority", Provider.Issuer);
            web.UseSetting("Registry:Access:Bearer:Audience", TestIdentityProvider.ApiAudience);
            web.UseSetting("Registry:Access:Bearer:RequireHttpsMetadata", "false");
            web.UseSetting("Registry:Access:Bearer:ClockSkew", "00:00:30");
            web.UseSetting("Registry:Access:OpenIdConnect:Authority", Provider.Issuer);
            web.UseSetting("Registry:Access:OpenIdConnect:ClientId", TestIdentityProvider.UiClient);
            web.UseSetting("Registry:Access:OpenIdConnect:ClientSecret", TestIdentityProvider.UiSecret);
            web.UseSetting("Registry:Access:OpenIdConnect:RequireHttpsMetadata", "false");
            web.UseSetting("Registry:Access:RoleMapping:Claim", "roles");
            web.UseSetting("Registry:Access:RoleMapping:Admin:0", TestIdentityProvider.AdminRole);
            web.UseSetting("Registry:Access:RoleMapping:Reader:0", TestIdentityProvider.ReaderRole);
        });
        // An explicit loopback endpoint on a free port: with UseKestrel(0) this app took port 5000 like the browser tests' app.
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Single();
        Provider.RedirectUris.Add(BaseUrl + "/signin-oidc");
    }

    public HttpClient Http(string? bearer = null)
    {
        var http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        if (bearer is not null) http.DefaultRequestHeaders.Authorization = new("Bearer", bearer);
        return http;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        await Provider.DisposeAsync();
    }
}
