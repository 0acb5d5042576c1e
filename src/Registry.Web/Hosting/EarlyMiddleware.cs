namespace Registry.Web.Hosting;

/// <summary>
/// Puts a middleware before everything the app itself adds (in the order these calls are made), for middleware that
/// every later one depends on: forwarded headers, response compression.
/// </summary>
public static class EarlyMiddleware
{
    public static IServiceCollection AddEarlyMiddleware(this IServiceCollection services, Action<IApplicationBuilder> use) =>
        services.AddSingleton<IStartupFilter>(new Filter(use));

    private sealed class Filter(Action<IApplicationBuilder> use) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            use(app);
            next(app);
        };
    }
}
