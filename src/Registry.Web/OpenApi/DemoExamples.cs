using System.Text.Json.Nodes;
using Registry.DemoData;

namespace Registry.Web.OpenApi;

/// <summary>
/// Request and response examples for the steps, taken from the demo registry (the SRO/VVG minutes as transcribed,
/// ADR 0026): a step's example is its first use in the demo log, with the document's id and the version it reaches.
/// </summary>
internal static class DemoExamples
{
    public sealed record StepExample(JsonObject Request, Guid DocumentId, long Version);

    private static readonly Lazy<IReadOnlyDictionary<string, StepExample>> ByStep = new(Read);

    public static StepExample? For(string step) => ByStep.Value.GetValueOrDefault(step);

    private static IReadOnlyDictionary<string, StepExample> Read()
    {
        var examples = new Dictionary<string, StepExample>();
        var versions = new Dictionary<string, long>();
        foreach (var entry in DemoRegistry.ReadDemoFile()["log"]!.AsArray().Select(e => e!.AsObject()))
        {
            if (entry["meeting"] is JsonObject meeting)
            {
                CountMeeting(meeting, versions);
                continue;
            }
            if (entry["remissPackage"] is JsonObject package)
            {
                // One remiss sent on each member: one event each.
                foreach (var member in package["documentKeys"]!.AsArray().Select(k => k!.GetValue<string>()))
                    versions[member] = versions.GetValueOrDefault(member) + 1;
                continue;
            }
            var key = entry["key"]!.GetValue<string>();
            var version = versions[key] = versions.GetValueOrDefault(key) + 1;
            var name = entry["command"]!.GetValue<string>();
            if (!examples.ContainsKey(name)) examples[name] = new StepExample(Request(entry), DemoRegistry.IdFor(key), version);
        }
        return examples;
    }

    /// <summary>The body as a client sends it: without the log's own fields, other documents named by id.</summary>
    private static JsonObject Request(JsonObject entry)
    {
        var request = new JsonObject();
        foreach (var (name, value) in entry)
        {
            if (name is "key" or "command") continue;
            if (name.EndsWith("Key", StringComparison.Ordinal) && value is JsonValue other)
                request[name[..^3] + "Id"] = DemoRegistry.IdFor(other.GetValue<string>()).ToString();
            else request[name] = value?.DeepClone();
        }
        return request;
    }

    /// <summary>A meeting drafts its new documents (one event) and adds a position to every document it names.</summary>
    private static void CountMeeting(JsonObject meeting, Dictionary<string, long> versions)
    {
        foreach (var position in meeting["points"]!.AsArray().SelectMany(p => p!["positions"]?.AsArray() ?? []))
        {
            foreach (var key in position!["documentKeys"]?.AsArray() ?? [])
                versions[key!.GetValue<string>()] = versions.GetValueOrDefault(key.GetValue<string>()) + 1;
            foreach (var created in position["newDocuments"]?.AsArray() ?? [])
                versions[created!["key"]!.GetValue<string>()] = versions.GetValueOrDefault(created["key"]!.GetValue<string>()) + 2;
        }
    }
}
