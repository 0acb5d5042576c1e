using Marten.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Wolverine;
using Wolverine.Runtime;

namespace Registry.Warnings;

/// <summary>
/// After a commit with lifecycle events, queue an evaluation, so a change that makes a warning due (or a new
/// document close to its end date) is warned about at once rather than at the next timer tick.
/// </summary>
public sealed class EvaluateAfterDocumentEvents(IServiceProvider services) : IDocumentSessionListener
{
    public Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token) => Task.CompletedTask;

    public async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (!commit.GetEvents().Any(e => e.Data is IDocumentEvent)) return;
        try
        {
            await new MessageBus(services.GetRequiredService<IWolverineRuntime>()).PublishAsync(new EvaluateWarnings());
        }
        catch (Exception failure)
        {
            // The events are committed; the periodic evaluation will catch up.
            services.GetRequiredService<ILogger<EvaluateAfterDocumentEvents>>()
                .LogWarning(failure, "Kunde inte köa utvärdering av varningar efter händelser");
        }
    }

    public void DocumentLoaded(object id, object document)
    {
    }

    public void DocumentAddedForStorage(object id, object document)
    {
    }
}
