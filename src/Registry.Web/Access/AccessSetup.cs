using Marten;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Registry.Web.Access;

/// <summary>Sign-in and roles for the whole app (docs/adr/0013-sign-in-roles-and-keys.md).</summary>
public static class AccessSetup
{
    public const string SignInPath = "/logga-in";
    public const string SignOutPath = "/logga-ut";
    public const string AccessDeniedPath = "/ingen-behorighet";

    public static WebApplicationBuilder AddAccess(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<AccessOptions>(builder.Configuration.GetSection(AccessOptions.Section));
        services.AddSingleton<AccountService>();
        services.AddSingleton<AccountAdministration>();
        services.AddSingleton<SignInThrottle>();
        SignInRateLimit.Add(services);
        services.AddSingleton<IHttpContextFactory, ApiKeyQueryParameter>();
        services.AddHostedService<AccountBootstrap>();
        services.ConfigureMarten(options =>
        {
            options.Schema.For<Account>();
            options.Schema.For<ApiKey>();
            options.Schema.For<UiSession>();
            options.Schema.For<AccountChange>();
            options.Schema.For<AccessUse>();
        });
        ServerSideSessions.Use(services);
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        var authentication = services.AddAuthentication(Schemes.Registry)
            .AddPolicyScheme(Schemes.Registry, "Cookie, Basic eller API-nyckel", policy =>
                policy.ForwardDefaultSelector = SelectScheme)
            .AddCookie(Schemes.Cookie, cookie =>
            {
                cookie.LoginPath = SignInPath;
                cookie.LogoutPath = SignOutPath;
                cookie.AccessDeniedPath = AccessDeniedPath;
                cookie.Cookie.Name = "styrdokument.inloggning";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                // Secure whenever the request is HTTPS, also behind a trusted TLS proxy (ForwardedHeadersSetup).
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.Events.OnValidatePrincipal = StillValid;
            })
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(Schemes.Basic, null)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(Schemes.ApiKey, null);
        BearerTokens.Add(builder, authentication);
        OrganisationSignIn.Add(builder, authentication);

        services.AddSingleton<IAuthorizationHandler, ReadAccessHandler>();
        services.AddAuthorization(options =>
        {
            options.AddPolicy(Policies.Read, policy => policy.AddRequirements(new ReadAccess()));
            options.AddPolicy(Policies.Admin, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin));
            options.FallbackPolicy = options.GetPolicy(Policies.Read);
        });
        return builder;
    }

    public static WebApplication UseAccess(this WebApplication app)
    {
        app.UseMiddleware<ApiWriteGuard>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<WritesRequireAdmin>();
        return app;
    }

    /// <summary>
    /// A UI session ends when its account is removed or disabled, or its role changes. A session signed in with the
    /// organisation's account has no local account: the provider decides who may sign in.
    /// </summary>
    private static async Task StillValid(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.HasClaim(c => c.Type == OrganisationRoles.Marker) == true) return;
        var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountService>();
        var name = context.Principal?.Identity?.Name;
        var account = name is null ? null : await accounts.FindAsync(name, context.HttpContext.RequestAborted);
        if (account is { Disabled: false } && context.Principal!.IsInRole(account.Role))
        {
            await accounts.NoteUseAsync(account.Id, null, context.HttpContext.RequestAborted);
            return;
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(Schemes.Cookie);
    }

    /// <summary>
    /// Credentials in the request decide; without any, UI pages and a browser navigating use the cookie (a sign-in
    /// page, never a Basic prompt whose cached credentials a forged request could reuse) and everything else Basic.
    /// </summary>
    private static string SelectScheme(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return Schemes.Basic;
        if (context.Request.Headers.ContainsKey(Schemes.ApiKeyHeader)) return Schemes.ApiKey;
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && BearerTokens.Enabled(context)) return Schemes.Bearer;
        if (context.GetEndpoint()?.Metadata.GetMetadata<UiRoute>() is not null) return Schemes.Cookie;
        return BrowserNavigation.Is(context.Request) ? Schemes.Cookie : Schemes.Basic;
    }
}
