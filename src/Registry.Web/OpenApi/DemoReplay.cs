using System.Text.Json;
using System.Text.Json.Nodes;
using Registry.DemoData;
using Registry.Infrastructure;
using Registry.Provenance;

namespace Registry.Web.OpenApi;

/// <summary>
/// Some of the demo registry's documents replayed in memory by the steps' own rules (no database): their states and
/// events, for the answer examples (<see cref="AnswerExamples"/>). Meetings only contribute the documents they draft;
/// their positions are left out, as they add endorsements the examples do not need.
/// </summary>
internal sealed class DemoReplay
{
    /// <summary>The day the examples are read on, and the instant the replayed steps are recorded at.</summary>
    public static readonly LocalDate Today = new(2026, 11, 22);

    public static readonly CommandContext Context = new(new Recorded(DemoRegistry.RecordedBy, Instant.FromUtc(2026, 11, 22, 7, 0)), Today);

    private static readonly DocumentKinds Kinds = new([]);

    public Dictionary<Guid, Styrdokument> Documents { get; } = [];

    public Dictionary<Guid, List<IDocumentEvent>> Events { get; } = [];

    /// <summary>The documents named by <paramref name="keys"/> up to, not including, the remiss package <paramref name="stopAtPackage"/>.</summary>
    public static DemoReplay Of(IReadOnlyCollection<string> keys, string? stopAtPackage = null)
    {
        var replay = new DemoReplay();
        foreach (var entry in DemoRegistry.ReadDemoFile()["log"]!.AsArray().Select(e => e!.AsObject()))
        {
            if (entry["remissPackage"] is JsonObject package)
            {
                if (package["key"]!.GetValue<string>() == stopAtPackage) break;
                continue;
            }
            if (entry["meeting"] is JsonObject meeting)
            {
                foreach (var created in meeting["points"]!.AsArray().SelectMany(p => p!["positions"]?.AsArray() ?? [])
                             .SelectMany(p => p!["newDocuments"]?.AsArray() ?? []).Select(n => n!.AsObject())
                             .Where(n => keys.Contains(n["key"]!.GetValue<string>())))
                    replay.Record(DemoRegistry.IdFor(created["key"]!.GetValue<string>()), new DraftDocument(created["title"]!.GetValue<string>(),
                        created["kind"]!.GetValue<string>(), [meeting["body"]!.GetValue<string>()],
                        Precision: new Dictionary<string, DatePrecision> { ["draftedOn"] = DatePrecision.Unknown }));
                continue;
            }
            var key = entry["key"]!.GetValue<string>();
            if (!keys.Contains(key)) continue;
            var step = (JsonObject)entry.DeepClone();
            var name = step["command"]!.GetValue<string>();
            step.Remove("key");
            step.Remove("command");
            if (name == DraftDocument.StepName) replay.Record(DemoRegistry.IdFor(key), step.Deserialize<DraftDocument>(RegistryJson.Input)!);
            else
            {
                var command = (IDocumentCommand)step.Deserialize(LifecycleSteps.Find(name)!.CommandType, RegistryJson.Input)!;
                replay.Add(DemoRegistry.IdFor(key), DocumentCommandExecutor.DecideOn(replay.Documents[DemoRegistry.IdFor(key)], command, Context));
            }
        }
        return replay;
    }

    private void Record(Guid id, DraftDocument draft)
    {
        var drafted = DocumentCommandExecutor.DecideDraft(id, draft, Context, Kinds);
        var document = new Styrdokument();
        drafted.Apply(document);
        Documents[id] = document;
        Add(id, [drafted]);
    }

    /// <summary>Events already applied to the document: counted into its version and kept for its history.</summary>
    public void Add(Guid id, IReadOnlyList<IDocumentEvent> events)
    {
        var list = Events.TryGetValue(id, out var known) ? known : Events[id] = [];
        list.AddRange(events);
        Documents[id].Version = list.Count;
    }
}
