using Registry.Infrastructure;

namespace Registry.Web.Hosting;

/// <summary>
/// Chooses the database: ConnectionStrings:Registry when configured; otherwise a private PostgreSQL
/// started from the machine's binaries, with its data under the working directory, and the demo registry.
/// </summary>
public static class RegistryDatabase
{
    public const string ConnectionName = "Registry";

    /// <param name="generatingCode">`codegen write` needs no database: the Docker build has no PostgreSQL.</param>
    public static async Task<string> ConfigureAsync(WebApplicationBuilder builder, bool generatingCode = false)
    {
        var configured = builder.Configuration.GetConnectionString(ConnectionName);
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        if (generatingCode) return "Host=127.0.0.1;Database=registry;Username=codegen";

        var dataDirectory = builder.Configuration["Registry:EmbeddedDataDirectory"]
            ?? Path.Combine(Directory.GetCurrentDirectory(), ".registry", "postgres");
        var server = await EmbeddedPostgres.StartAsync(dataDirectory, log: Console.WriteLine,
            binDirectory: builder.Configuration["Registry:PostgresBinDirectory"]);
        await server.EnsureDatabaseAsync("registry");
        builder.Services.AddSingleton(server);
        builder.Services.AddHostedService<EmbeddedPostgresShutdown>();
        // Command-line verbs (help, db-apply, codegen…) never start the host: stop the server when the process ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.StopAsync().GetAwaiter().GetResult();
        builder.Configuration["Registry:LoadDemoData"] ??= "true";
        builder.Configuration["Registry:Access:AnonymousRead"] ??= "true";
        return server.ConnectionString("registry");
    }

    private sealed class EmbeddedPostgresShutdown(EmbeddedPostgres server) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        // Runs last on shutdown, after Wolverine and Marten have let go of their connections.
        public Task StopAsync(CancellationToken cancellationToken) => server.StopAsync();
    }
}
