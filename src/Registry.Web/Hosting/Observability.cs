using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Registry.Web.Hosting;

/// <summary>Health and readiness probes, structured logs, and OpenTelemetry traces and metrics.</summary>
public static class Observability
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        builder.AddRequestLogging();

        if (builder.Configuration.GetValue<bool>("Logging:Json"))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(json => json.IncludeScopes = true);
        }

        // Traces and metrics from ASP.NET Core, Wolverine and Marten; exported over OTLP when
        // OTEL_EXPORTER_OTLP_ENDPOINT is set, otherwise collected for in-process listeners only.
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("styrdokumentregistret"))
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddSource("Wolverine").AddSource("Marten"))
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddMeter("Wolverine:*").AddMeter("Marten"));
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            telemetry.UseOtlpExporter();
        return builder;
    }

    /// <summary>/health/live: the process answers. /health/ready and /health: the database answers too.</summary>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
    }
}
