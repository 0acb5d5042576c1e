using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Registry.Tests.Access.Organisation;

/// <summary>
/// A real OpenID Connect provider on loopback, the stand-in for Entra ID: an OpenIddict server (degraded mode: clients
/// and the signed-in person are set by the test, nothing is stored). It issues signed JWT access tokens (client
/// credentials, like a Power BI gateway's service principal) and runs the authorization-code flow with PKCE for the UI.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ApiAudience = "api://styrdokumentregistret";
    public const string UiClient = "registret-webb";
    public const string UiSecret = "webbens-hemlighet-för-test";
    public const string AdminRole = "Registret.Admin";
    public const string ReaderRole = "Registret.Lasare";

    private readonly WebApplication _host;

    private TestIdentityProvider(WebApplication host, string issuer, RsaSecurityKey key)
    {
        _host = host;
        Issuer = issuer;
        SigningKey = key;
    }

    /// <summary>The issuer, with its trailing slash, as the tokens carry it.</summary>
    public string Issuer { get; }

    public RsaSecurityKey SigningKey { get; }

    /// <summary>Service clients (client credentials) by id: secret and app roles.</summary>
    public ConcurrentDictionary<string, (string Secret, string[] Roles)> Clients { get; } = new();

    /// <summary>The UI client's registered redirect URIs (exact match, as in Entra ID).</summary>
    public ConcurrentBag<string> RedirectUris { get; } = [];

    /// <summary>The person the authorization endpoint signs in (no login form): name and app roles.</summary>
    public (string Name, string[] Roles) Person { get; set; } = ("anna.andersson@vgregion.se", [AdminRole]);

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var port = BuiltApp.FreePort();
        var issuer = $"http://127.0.0.1:{port}/";
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "testnyckel" };
        var builder = WebApplication.CreateSlimBuilder();
        // An explicit endpoint, not the "urls" setting: another host starting at the same time must not change it.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        TestIdentityProvider? provider = null;
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetIssuer(new Uri(issuer));
            options.SetAuthorizationEndpointUris("connect/authorize")
                .SetTokenEndpointUris("connect/token")
                .SetEndSessionEndpointUris("connect/logout");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange().AllowClientCredentialsFlow();
            options.RegisterScopes(Scopes.OpenId, Scopes.Profile);
            options.AddSigningKey(key).AddEphemeralEncryptionKey().DisableAccessTokenEncryption();
            options.EnableDegradedMode();
            options.UseAspNetCore().DisableTransportSecurityRequirement();

            options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != UiClient) context.Reject(Errors.InvalidClient, "Okänd klient.");
                else if (!provider!.RedirectUris.Contains(context.RedirectUri ?? ""))
                    context.Reject(Errors.InvalidRequest, $"Okänd redirect_uri {context.RedirectUri}.");
                return default;
            }));
            options.AddEventHandler<HandleAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                var (name, roles) = provider!.Person;
                var principal = Principal(name, name, roles, [Destinations.AccessToken, Destinations.IdentityToken]);
                principal.SetScopes(context.Request.GetScopes());
                context.SignIn(principal);
                return default;
            }));
            options.AddEventHandler<ValidateEndSessionRequestContext>(handler => handler.UseInlineHandler(_ => default));
            options.AddEventHandler<HandleEndSessionRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                Interlocked.Increment(ref provider!._endSessions);
                context.SignOut();
                return default;
            }));
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                var known = context.Request.IsAuthorizationCodeGrantType()
                    ? context.ClientId == UiClient && context.ClientSecret == UiSecret
                    : provider!.Clients.TryGetValue(context.ClientId ?? "", out var client) && client.Secret == context.ClientSecret;
                if (!known) context.Reject(Errors.InvalidClient, "Fel klient eller hemlighet.");
                return default;
            }));
            options.AddEventHandler<HandleTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (!context.Request.IsClientCredentialsGrantType()) return default;
                var principal = Principal(context.ClientId!, null, provider!.Clients[context.ClientId!].Roles, [Destinations.AccessToken]);
                principal.SetResources(ApiAudience);
                context.SignIn(principal);
                return default;
            }));
        });
        var host = builder.Build();
        host.UseAuthentication();
        provider = new TestIdentityProvider(host, issuer, key);
        await host.StartAsync();
        return provider;
    }

    private int _endSessions;

    /// <summary>How many times the provider's end-session endpoint was called (a sign-out that ends both sessions).</summary>
    public int EndSessions => _endSessions;

    private static ClaimsPrincipal Principal(string subject, string? name, string[] roles, string[] destinations)
    {
        var identity = new ClaimsIdentity("provider", Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, subject));
        if (name is not null)
        {
            identity.AddClaim(new Claim(Claims.Name, name));
            identity.AddClaim(new Claim(Claims.PreferredUsername, name));
        }
        foreach (var role in roles) identity.AddClaim(new Claim("roles", role));
        identity.SetDestinations(_ => destinations);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>An access token from the token endpoint (client credentials), as a service principal gets one.</summary>
    public async Task<string> AccessToken(string clientId, string secret)
    {
        using var http = new HttpClient();
        var response = await http.PostAsync(Issuer + "connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!["access_token"]!.GetValue<string>();
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        await _host.DisposeAsync();
    }
}
