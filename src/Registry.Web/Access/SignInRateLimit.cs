using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Registry.Web.Ui.Errors;

namespace Registry.Web.Access;

/// <summary>
/// ASP.NET Core's rate limiter on the sign-in form, per client address: 10 attempts, then one more every 6 s.
/// Requests without a client address (only in-process) are not limited; Basic and key sign-ins are covered by
/// <see cref="SignInThrottle"/>'s lockout, since their requests are also an API client's ordinary traffic.
/// </summary>
public static class SignInRateLimit
{
    public static void Add(IServiceCollection services) => services.AddRateLimiter(options =>
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            IsSignInAttempt(http.Request) && http.Connection.RemoteIpAddress is { } client
                ? RateLimitPartition.GetTokenBucketLimiter(client.ToString(), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = 10,
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(6),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
                : RateLimitPartition.GetNoLimiter(""));
        options.OnRejected = async (context, cancellation) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 6;
            context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            await UiErrorPage.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "För många inloggningsförsök",
                $"För många inloggningsförsök från din dator. Försök igen om {retryAfter} sekunder.");
        };
    });

    private static bool IsSignInAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals(AccessSetup.SignInPath, StringComparison.OrdinalIgnoreCase);
}
