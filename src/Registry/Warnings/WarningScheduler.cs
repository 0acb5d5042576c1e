using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace Registry.Warnings;

/// <summary>
/// Evaluates warnings once the app has started and then every <see cref="WarningSettings.EvaluationInterval"/>.
/// Every node runs it; the warnings' unique key makes the extra runs harmless.
/// </summary>
public sealed class WarningScheduler(IServiceScopeFactory scopes, WarningSettings settings,
    IHostApplicationLifetime lifetime, ILogger<WarningScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.EvaluationInterval <= TimeSpan.Zero) return;
        var started = new TaskCompletionSource();
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);

        using var timer = new PeriodicTimer(settings.EvaluationInterval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(new EvaluateWarnings(), stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(failure, "Utvärderingen av varningar misslyckades; nytt försök vid nästa intervall");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
