using Microsoft.Extensions.Options;
using Registry.Web.Access;

namespace Registry.Web.Ui;

/// <summary>
/// Security headers on every response, registered before anything else runs so error pages and redirects carry them too:
/// no scripts at all (the UI has none), no framing, no content sniffing, no referrer beyond the app's own origin.
/// Inline style attributes stay allowed: the validity timeline on the document page draws its bars with them.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services.AddTransient<IStartupFilter, Filter>();

    /// <summary>With organisational sign-in, the sign-out form's redirect goes on to the provider: form-action allows its origin.</summary>
    private sealed class Filter(IOptions<OpenIdSignInOptions> organisation) : IStartupFilter
    {
        private readonly string _policy = organisation.Value.Origin is { } origin
            ? ContentSecurityPolicy.Replace("form-action 'self'", $"form-action 'self' {origin}")
            : ContentSecurityPolicy;

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                // When the response starts: the exception handler clears headers set earlier.
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    headers.ContentSecurityPolicy = OpenApi.OpenApiSetup.ReferencePagePolicy(context) ?? _policy;
                    headers.XContentTypeOptions = "nosniff";
                    headers.XFrameOptions = "DENY";
                    headers["Referrer-Policy"] = "same-origin";
                    return Task.CompletedTask;
                });
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
