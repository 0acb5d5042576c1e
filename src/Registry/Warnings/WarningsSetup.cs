using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.ErrorHandling;

namespace Registry.Warnings;

public static class WarningsSetup
{
    public const string Queue = "warnings";

    /// <summary>Tables, deadline projection, evaluation triggers, channels and the periodic evaluation.</summary>
    public static IServiceCollection AddWarnings(this IServiceCollection services, string connectionString,
        IConfiguration configuration)
    {
        services.AddSingleton(WarningSettings.From(configuration));
        services.AddSingleton(_ =>
        {
            var builder = new NpgsqlDataSourceBuilder(connectionString);
            builder.UseNodaTime();
            return new WarningStore(builder.Build());
        });
        services.AddSingleton<WarningChannels>();
        services.AddHttpClient(WarningChannels.WebhookClient, http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<IConfigureMarten, WarningsMartenSetup>();
        services.AddHostedService<WarningScheduler>();
        return services;
    }

    /// <summary>Durable queue for evaluations and deliveries; failed deliveries are retried with back-off, without end.</summary>
    internal static void ConfigureWarnings(this WolverineOptions options, IConfiguration configuration)
    {
        var settings = WarningSettings.From(configuration);
        options.LocalQueue(Queue).UseDurableInbox();
        options.PublishMessage<EvaluateWarnings>().ToLocalQueue(Queue);
        options.PublishMessage<DeliverWarning>().ToLocalQueue(Queue);
        options.PublishMessage<DeliverDigest>().ToLocalQueue(Queue);
        options.OnException<WarningDeliveryFailed>().ScheduleRetryIndefinitely([.. settings.EffectiveRetryDelays]);
        options.OnException<DigestDeliveryFailed>().ScheduleRetryIndefinitely([.. settings.EffectiveRetryDelays]);
    }

    private sealed class WarningsMartenSetup(IServiceProvider services) : IConfigureMarten
    {
        public void Configure(IServiceProvider provider, StoreOptions options)
        {
            options.Storage.ExtendedSchemaObjects.AddRange(WarningTables.All());
            options.Listeners.Add(new EvaluateAfterDocumentEvents(services));
        }
    }
}
