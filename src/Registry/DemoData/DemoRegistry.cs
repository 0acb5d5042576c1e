using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Registry.Documents;
using Registry.Drafting;
using Registry.Infrastructure;
using Registry.Validity;

namespace Registry.DemoData;

/// <summary>
/// Loads the demo registry (the styrdokument named in the SRO/VVG minutes) into an empty database,
/// step by step through the same lifecycle commands an administrator uses.
/// </summary>
public sealed class DemoRegistry(IServiceProvider services, ILogger<DemoRegistry> logger) : IHostedService
{
    public const string RecordedBy = "demodata";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDocumentSession>();
        if (await session.Events.QueryAllRawEvents().AnyAsync(cancellationToken))
        {
            logger.LogInformation("Databasen innehåller redan händelser; demoregistret laddas inte.");
            return;
        }
        var count = await LoadAsync(scope.ServiceProvider.GetRequiredService<DocumentCommandExecutor>(), cancellationToken);
        logger.LogInformation("Demoregistret laddat: {Count} styrdokument.", count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static Guid IdFor(string key) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes("styrdokument:" + key)));

    public static async Task<int> LoadAsync(DocumentCommandExecutor executor, CancellationToken cancellation = default)
    {
        var documents = ReadDemoFile()["documents"]!.AsArray();
        foreach (var document in documents)
        {
            var key = document!["key"]!.GetValue<string>();
            foreach (var step in document["steps"]!.AsArray())
                await RunStep(executor, key, step!.AsObject(), cancellation);
        }
        foreach (var document in documents)
            await ExpireIfLapsed(executor, IdFor(document!["key"]!.GetValue<string>()), cancellation);
        return documents.Count;
    }

    private static async Task RunStep(DocumentCommandExecutor executor, string key, JsonObject step,
        CancellationToken cancellation)
    {
        var name = step["command"]!.GetValue<string>();
        ReplaceKey(step, "parentKey", "parentId");
        ReplaceKey(step, "supersededByKey", "supersededById");
        try
        {
            if (name == DraftDocument.StepName)
            {
                await executor.Start(IdFor(key), step.Deserialize<DraftDocument>(RegistryJson.Input)!, RecordedBy, cancellation);
                return;
            }
            var type = (LifecycleSteps.Find(name) ?? throw new KeyNotFoundException($"Okänt steg \"{name}\".")).CommandType;
            var command = (IDocumentCommand)step.Deserialize(type, RegistryJson.Input)!;
            await executor.Execute(IdFor(key), command, RecordedBy, cancellation: cancellation);
        }
        catch (Exception e) when (e is RuleViolation or JsonException or KeyNotFoundException)
        {
            throw new InvalidOperationException($"Demodata: steget \"{name}\" för \"{key}\" misslyckades: {e.Message}", e);
        }
    }

    private static async Task ExpireIfLapsed(DocumentCommandExecutor executor, Guid id, CancellationToken cancellation)
    {
        try
        {
            await executor.Execute(id, new ExpireDocument(), RecordedBy, cancellation: cancellation);
        }
        catch (RuleViolation)
        {
            // Not lapsed (still in force, open-ended or never in force): nothing to record.
        }
    }

    private static void ReplaceKey(JsonObject step, string keyProperty, string idProperty)
    {
        if (step[keyProperty] is not { } value) return;
        step.Remove(keyProperty);
        step[idProperty] = IdFor(value.GetValue<string>()).ToString();
    }

    private static JsonNode ReadDemoFile()
    {
        using var stream = typeof(DemoRegistry).Assembly.GetManifestResourceStream("Registry.DemoData.demo-registry.json")
            ?? throw new InvalidOperationException("Demodatafilen saknas i Registry-assemblyn.");
        return JsonNode.Parse(stream)!;
    }
}
