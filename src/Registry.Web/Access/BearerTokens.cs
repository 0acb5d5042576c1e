using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Registry.Web.Access;

/// <summary>Registry:Access:Bearer: JWT access tokens from the organisation's identity provider (Entra ID) for the API and OData.</summary>
public sealed class BearerOptions : IdentityProviderOptions
{
    public const string Section = "Registry:Access:Bearer";

    /// <summary>The audience the tokens must be issued for: the app registration's Application ID URI or client id.</summary>
    public string? Audience { get; set; }

    /// <summary>The issuer the tokens must carry; empty: the one in the discovery document.</summary>
    public string? Issuer { get; set; }

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Sent in <c>WWW-Authenticate: Bearer authorization_uri="…"</c>; Power BI's "Organisational account" needs it, for
    /// Entra ID as https://login.microsoftonline.com/&lt;tenant&gt;/oauth2/authorize. Empty: the provider's authorization endpoint.
    /// </summary>
    public string? AuthorizationUri { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(Audience);
}

/// <summary>
/// The Bearer scheme, added only when configured (without settings the app behaves as before). Tokens are validated
/// for issuer, audience, lifetime (with the configured clock skew) and signature; unsigned tokens are refused. A
/// rejected token is answered like any failed API sign-in (ProblemDetails or an OData error body), with the Bearer
/// challenge next to Basic.
/// </summary>
public static class BearerTokens
{
    private const string FailureKey = "registry:bearer-failure";

    public static void Add(WebApplicationBuilder builder, AuthenticationBuilder authentication)
    {
        var settings = builder.Configuration.GetSection(BearerOptions.Section).Get<BearerOptions>() ?? new BearerOptions();
        builder.Services.Configure<BearerOptions>(builder.Configuration.GetSection(BearerOptions.Section));
        builder.Services.Configure<RoleMappingOptions>(builder.Configuration.GetSection(RoleMappingOptions.Section));
        if (!settings.Enabled) return;
        authentication.AddJwtBearer(Schemes.Bearer, jwt =>
        {
            jwt.Authority = settings.Authority;
            jwt.Audience = settings.Audience;
            jwt.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = true,
                ValidIssuer = string.IsNullOrWhiteSpace(settings.Issuer) ? null : settings.Issuer,
                ValidateAudience = true,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ValidateIssuerSigningKey = true,
                ClockSkew = settings.ClockSkew,
            };
            jwt.ForwardChallenge = Schemes.Basic;
            jwt.ForwardForbid = Schemes.Basic;
            jwt.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    var mapping = context.HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<RoleMappingOptions>>();
                    context.Principal = OrganisationRoles.Map(context.Principal!, mapping.CurrentValue, Schemes.Bearer);
                    return Task.CompletedTask;
                },
                OnAuthenticationFailed = context =>
                {
                    context.HttpContext.Items[FailureKey] = context.Exception switch
                    {
                        SecurityTokenExpiredException => "Token har gått ut.",
                        SecurityTokenInvalidAudienceException => "Token är inte utfärdad för registret (fel audience).",
                        SecurityTokenInvalidIssuerException => "Token är utfärdad av en okänd utfärdare.",
                        _ => "Token är ogiltig.",
                    };
                    return Task.CompletedTask;
                },
            };
        });
    }

    public static bool Enabled(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<BearerOptions>>().Value.Enabled;

    /// <summary>Why a sent token was refused, for the 401's detail; null when none was refused.</summary>
    public static string? Failure(HttpContext context) => context.Items[FailureKey] as string;

    /// <summary>The Bearer challenge Power BI's "Organisational account" reads; null when bearer tokens are not configured.</summary>
    public static async Task<string?> ChallengeAsync(HttpContext context)
    {
        var settings = context.RequestServices.GetRequiredService<IOptions<BearerOptions>>().Value;
        if (!settings.Enabled) return null;
        var uri = settings.AuthorizationUri;
        if (string.IsNullOrWhiteSpace(uri))
        {
            var jwt = context.RequestServices.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(Schemes.Bearer);
            try
            {
                uri = jwt.ConfigurationManager is { } manager
                    ? (await manager.GetConfigurationAsync(context.RequestAborted)).AuthorizationEndpoint
                    : null;
            }
            catch (InvalidOperationException)
            {
                uri = null; // The provider is unreachable: still challenge, without a URI.
            }
        }
        var error = Failure(context) is null ? "" : ", error=\"invalid_token\"";
        return string.IsNullOrWhiteSpace(uri) ? $"Bearer{(error.Length > 0 ? " " + error[2..] : "")}"
            : $"Bearer authorization_uri=\"{uri}\"{error}";
    }
}
