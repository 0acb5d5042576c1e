using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Registry.Infrastructure;

namespace Registry.Bench;

/// <summary>The app's Marten and Wolverine configuration without the web host: to generate a registry quickly.</summary>
public static class RegistryHost
{
    public static async Task<IHost> StartAsync(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddRegistry(connectionString, builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
