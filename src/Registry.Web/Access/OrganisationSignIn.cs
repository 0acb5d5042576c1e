using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Registry.Web.Access;

/// <summary>Registry:Access:OpenIdConnect: signing in to the UI with the organisation's account (Entra ID or any OpenID Connect provider).</summary>
public sealed class OpenIdSignInOptions : IdentityProviderOptions
{
    public const string Section = "Registry:Access:OpenIdConnect";

    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public List<string> Scopes { get; set; } = ["openid", "profile"];

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>The provider's origin: the sign-out form posts to the registry, which redirects there.</summary>
    public string? Origin => Enabled && Uri.TryCreate(Authority, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;
}

/// <summary>
/// The authorization-code flow with PKCE into the same server-side cookie session as local accounts, added only when
/// configured. Roles come from the ID token by <see cref="RoleMappingOptions"/>; local accounts stay as the fallback.
/// </summary>
public static class OrganisationSignIn
{
    public const string CallbackPath = "/signin-oidc";
    public const string SignedOutCallbackPath = "/signout-callback-oidc";

    public static void Add(WebApplicationBuilder builder, AuthenticationBuilder authentication)
    {
        var section = builder.Configuration.GetSection(OpenIdSignInOptions.Section);
        builder.Services.Configure<OpenIdSignInOptions>(section);
        var settings = section.Get<OpenIdSignInOptions>() ?? new OpenIdSignInOptions();
        if (!settings.Enabled) return;
        authentication.AddOpenIdConnect(Schemes.OpenIdConnect, "Organisationskonto", oidc =>
        {
            oidc.SignInScheme = Schemes.Cookie;
            oidc.SignOutScheme = Schemes.Cookie;
            oidc.Authority = settings.Authority;
            oidc.ClientId = settings.ClientId;
            oidc.ClientSecret = settings.ClientSecret;
            oidc.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            oidc.ResponseType = "code";
            oidc.UsePkce = true;
            // The code comes back on a top-level GET, so the correlation and nonce cookies can be SameSite=Lax like
            // the session cookie (form_post would need SameSite=None, which browsers refuse without HTTPS).
            oidc.ResponseMode = "query";
            oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
            oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.NonceCookie.SameSite = SameSiteMode.Lax;
            oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            oidc.CallbackPath = CallbackPath;
            oidc.SignedOutCallbackPath = SignedOutCallbackPath;
            oidc.SignedOutRedirectUri = AccessSetup.SignInPath;
            oidc.MapInboundClaims = false;
            // Kept in the server-side session only: the ID token is the hint that ends the provider's session too.
            oidc.SaveTokens = true;
            oidc.Scope.Clear();
            foreach (var scope in settings.Scopes) oidc.Scope.Add(scope);
            oidc.Events.OnTokenValidated = context =>
            {
                var mapping = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<RoleMappingOptions>>();
                context.Principal = OrganisationRoles.Map(context.Principal!, mapping.CurrentValue, Schemes.Cookie);
                return Task.CompletedTask;
            };
        });
    }

    public static bool Enabled(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<OpenIdSignInOptions>>().Value.Enabled;
}
