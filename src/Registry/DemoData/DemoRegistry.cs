using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime.Text;
using Registry.Drafting;
using Registry.Meetings;
using Registry.Remiss;

namespace Registry.DemoData;

/// <summary>
/// Loads the demo registry into an empty database: the five SRO/VVG minutes transcribed in order (ADR 0026). Each entry
/// is either a whole meeting (recorded through <see cref="MeetingRecorder"/>, as the "Registrera sammanträde" page does),
/// a remiss package (through <see cref="RemissPackageRecorder"/>) or one lifecycle step of a document (through <see cref="DocumentCommandExecutor"/>, as an administrator's form
/// does). Nothing is inferred at load: what the file does not record, the registry does not show.
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
        var count = await LoadAsync(scope.ServiceProvider, cancellationToken);
        logger.LogInformation("Demoregistret laddat: {Count} styrdokument.", count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static Guid IdFor(string key) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes("styrdokument:" + key)));

    /// <summary>The id of a meeting in the demo registry, e.g. ("VVG", "2023-12-15").</summary>
    public static Guid MeetingIdFor(string body, string date) => MeetingBodies.IdFor(body, LocalDatePattern.Iso.Parse(date).Value);

    /// <summary>Loads every entry, each in its own transaction; returns the number of documents.</summary>
    public static async Task<int> LoadAsync(IServiceProvider services, CancellationToken cancellation = default)
    {
        var keys = new HashSet<string>();
        var meetings = new HashSet<Guid>();
        foreach (var entry in ReadDemoFile()["log"]!.AsArray().Select(e => e!.AsObject()))
        {
            await using var scope = services.CreateAsyncScope();
            if (entry["meeting"] is JsonObject meeting)
            {
                await RecordMeeting(scope.ServiceProvider.GetRequiredService<MeetingRecorder>(), meeting, keys, cancellation);
                meetings.Add(MeetingIdFor(meeting["body"]!.GetValue<string>(), meeting["date"]!.GetValue<string>()));
            }
            else if (entry["remissPackage"] is JsonObject package)
            {
                LinkSourceToMeeting(package, meetings);
                await SendPackage(scope.ServiceProvider.GetRequiredService<RemissPackageRecorder>(), package, cancellation);
            }
            else
            {
                LinkSourceToMeeting(entry, meetings);
                await RunStep(scope.ServiceProvider.GetRequiredService<DocumentCommandExecutor>(), entry, keys, cancellation);
            }
        }
        return keys.Count;
    }

    private static async Task RecordMeeting(MeetingRecorder recorder, JsonObject meeting, HashSet<string> keys,
        CancellationToken cancellation)
    {
        var name = $"{meeting["body"]} {meeting["date"]}";
        foreach (var position in meeting["points"]!.AsArray().SelectMany(p => p!["positions"]?.AsArray() ?? []))
        {
            ReplaceKeys(position!.AsObject());
            foreach (var created in position["newDocuments"]?.AsArray() ?? [])
            {
                var key = created!["key"]!.GetValue<string>();
                keys.Add(key);
                created.AsObject().Remove("key");
                created["id"] = IdFor(key).ToString();
            }
        }
        try
        {
            var command = meeting.Deserialize<RecordMeeting>(RegistryJson.Input)!;
            await recorder.Record(command, RecordedBy, cancellation);
        }
        catch (Exception e) when (e is RuleViolation or JsonException)
        {
            throw new InvalidOperationException($"Demodata: sammanträdet {name} kunde inte registreras: {e.Message}", e);
        }
    }

    /// <summary>The id of a remiss package in the demo registry, by its key.</summary>
    public static Guid PackageIdFor(string key) => new(MD5.HashData(Encoding.UTF8.GetBytes("remisspaket:" + key)));

    /// <summary>One remiss over several documents, as the minutes send it (ADR 0035).</summary>
    private static async Task SendPackage(RemissPackageRecorder recorder, JsonObject package, CancellationToken cancellation)
    {
        var key = package["key"]!.GetValue<string>();
        package.Remove("key");
        package["id"] = PackageIdFor(key).ToString();
        ReplaceKeys(package);
        try
        {
            await recorder.Send(package.Deserialize<SendRemissPackage>(RegistryJson.Input)!, RecordedBy, cancellation);
        }
        catch (Exception e) when (e is RuleViolation or JsonException or DocumentNotFound or RemissPackageMemberRefused)
        {
            throw new InvalidOperationException($"Demodata: remisspaketet \"{key}\" kunde inte skickas: {e.Message}", e);
        }
    }

    private static async Task RunStep(DocumentCommandExecutor executor, JsonObject step, HashSet<string> keys,
        CancellationToken cancellation)
    {
        var key = step["key"]!.GetValue<string>();
        step.Remove("key");
        var name = step["command"]!.GetValue<string>();
        step.Remove("command");
        ReplaceKey(step, "parentKey", "parentId");
        ReplaceKey(step, "supersededByKey", "supersededById");
        try
        {
            if (name == DraftDocument.StepName)
            {
                keys.Add(key);
                await executor.Start(IdFor(key), step.Deserialize<DraftDocument>(RegistryJson.Input)!, RecordedBy, cancellation);
                return;
            }
            var type = (LifecycleSteps.Find(name) ?? throw new KeyNotFoundException($"Okänt steg \"{name}\".")).CommandType;
            var command = (IDocumentCommand)step.Deserialize(type, RegistryJson.Input)!;
            await executor.Execute(IdFor(key), command, RecordedBy, cancellation: cancellation);
        }
        catch (Exception e) when (e is RuleViolation or JsonException or KeyNotFoundException or DocumentNotFound)
        {
            throw new InvalidOperationException($"Demodata: steget \"{name}\" för \"{key}\" misslyckades: {e.Message}", e);
        }
    }

    /// <summary>A step whose source is a point of a meeting in the file links to that meeting's record.</summary>
    private static void LinkSourceToMeeting(JsonObject step, HashSet<Guid> meetings)
    {
        if (step["source"] is not JsonObject { } source || source["body"] is null || source["meetingDate"] is null) return;
        var id = MeetingIdFor(source["body"]!.GetValue<string>(), source["meetingDate"]!.GetValue<string>());
        if (meetings.Contains(id)) source["meetingId"] = id.ToString();
    }

    /// <summary>"documentKeys" (the file's names for documents) become "documentIds".</summary>
    public static void ReplaceKeys(JsonObject node)
    {
        if (node["documentKeys"] is not JsonArray keys) return;
        node.Remove("documentKeys");
        node["documentIds"] = new JsonArray(keys.Select(k => (JsonNode)IdFor(k!.GetValue<string>()).ToString()).ToArray());
    }

    private static void ReplaceKey(JsonObject step, string keyProperty, string idProperty)
    {
        if (step[keyProperty] is not { } value) return;
        step.Remove(keyProperty);
        step[idProperty] = IdFor(value.GetValue<string>()).ToString();
    }

    /// <summary>The demo registry's log as transcribed (also the source of the OpenAPI document's examples).</summary>
    public static JsonNode ReadDemoFile()
    {
        using var stream = typeof(DemoRegistry).Assembly.GetManifestResourceStream("Registry.DemoData.demo-registry.json")
            ?? throw new InvalidOperationException("Demodatafilen saknas i Registry-assemblyn.");
        return JsonNode.Parse(stream)!;
    }
}
