using JasperFx;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Registry.Documents;
using Registry.ReadModels;
using Registry.Warnings;
using Weasel.Core;
using Wolverine;
using Wolverine.Marten;

namespace Registry.Infrastructure;

public static class RegistryStore
{
    public const string SchemaName = "registry";

    /// <summary>Marten event store and read models, integrated with Wolverine's transactional outbox.</summary>
    public static IServiceCollection AddRegistry(this IServiceCollection services, string connectionString,
        IConfiguration configuration)
    {
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddSingleton(new DocumentKinds(
            configuration.GetSection("Registry:ExtraDocumentKinds").Get<string[]>() ?? []));
        services.AddScoped<DocumentCommandExecutor>();
        services.AddWarnings(connectionString, configuration);

        services.AddMarten(options =>
            {
                options.Connection(connectionString);
                options.DatabaseSchemaName = SchemaName;
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase,
                    json => RegistryJson.Configure(json));
                options.Projections.Snapshot<Styrdokument>(SnapshotLifecycle.Inline);
                options.AddReadModels();
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup()
            .IntegrateWithWolverine(integration =>
                integration.UseWolverineManagedEventSubscriptionDistribution = true);
        return services;
    }

    public static void ConfigureRegistry(this WolverineOptions options)
    {
        options.Discovery.IncludeAssembly(typeof(Styrdokument).Assembly);
        options.UseRuntimeCompilation();
        options.Policies.AutoApplyTransactions();
    }
}
