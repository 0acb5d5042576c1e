using System.Text.Json;
using System.Text.Json.Nodes;
using Registry.DemoData;
using Registry.Infrastructure;
using Registry.Provenance;
using Registry.Remiss;
using Registry.Sheets;
using Registry.Web.Remiss;

namespace Registry.Web.OpenApi;

/// <summary>
/// The answers of the document, meeting, import and remiss package operations (the others are in
/// <see cref="OperationExamples"/>), built from the app's own types by the same code the endpoints use, with the
/// demo registry replayed in memory (<see cref="DemoReplay"/>).
/// </summary>
internal static class AnswerExamples
{
    private static readonly string[] PackageMembers =
        ["hos-avtal", "overenskommelse-psykisk-funktionsnedsattning-missbruk", "overenskommelse-in-och-utskrivning"];

    /// <summary>VVG 2023-12-15 punkt 6: the guideline on accompanying staff, extended to 2026-12-31.</summary>
    public const string Guideline = "riktlinje-medfoljande-personal";

    private const string PackageKey = "hos-avtal-med-overenskommelser";

    /// <summary>The route as the reference names it: "{id:guid}" is "{id}".</summary>
    public static string Template(string route) => System.Text.RegularExpressions.Regex.Replace(route, @"\{(\w+):[^}]+\}", "{$1}");

    /// <summary>The body of <c>POST /api/remiss-packages</c>: the demo registry's package, its documents by id.</summary>
    public static JsonObject PackageRequest()
    {
        var package = DemoRegistry.ReadDemoFile()["log"]!.AsArray().Select(e => e!["remissPackage"]).OfType<JsonObject>()
            .Single(p => p["key"]!.GetValue<string>() == PackageKey);
        var request = (JsonObject)package.DeepClone();
        request.Remove("key");
        DemoRegistry.ReplaceKeys(request);
        return request;
    }

    public static object? For(string route, Guid importToken, Guid meetingId, JsonObject meeting) => Template(route) switch
    {
        "api/documents/{id}" => DocumentWithHistory(),
        "api/meetings/{id}" => Meeting(meetingId, meeting),
        "api/import/dry-run" => Import(importToken),
        "api/import/{token}" => Import(importToken) with { Applied = true },
        "api/remiss-packages" => RemissPackageResult.Of(Package(out _)),
        "api/remiss-packages/{id}" => RemissPackageView.Of(DemoRegistry.PackageIdFor(PackageKey), Sent()),
        "api/remiss-packages/{id}/responses" => ForEachMember("record-remiss-response"),
        "api/remiss-packages/{id}/conferences" => ForEachMember("record-remiss-conference"),
        _ => null,
    };

    /// <summary>The guideline with its history, as <c>GET /api/documents/{id}</c> writes it.</summary>
    private static DocumentWithHistory DocumentWithHistory()
    {
        var id = DemoRegistry.IdFor(Guideline);
        var replay = DemoReplay.Of([Guideline]);
        var history = replay.Events[id]
            .Select((data, i) => HistoryEntry.Of(i + 1, JasperFx.Events.EventTypeExtensions.GetEventTypeName(data.GetType()), data)).ToList();
        return Api.DocumentWithHistory.Of(replay.Documents[id], DemoReplay.Today, history);
    }

    /// <summary>The meeting of the request example, as recorded: one position for each document it names.</summary>
    private static MeetingRecorded Meeting(Guid meetingId, JsonObject request)
    {
        var command = request.Deserialize<RecordMeeting>(RegistryJson.Input)!;
        var points = command.Points.Select(p => new AgendaPoint(p.Number, p.Title, p.Presenter,
            (p.Positions ?? []).SelectMany((position, q) => (position.DocumentIds ?? []).Select(document =>
                new Position(DemoRegistry.IdFor($"{meetingId}:{p.Number}:{q}:{document}"), document, position.Outcome, position.Wording))).ToList())).ToList();
        return new MeetingRecorded(meetingId, command.Body, command.Date, command.DatePrecision ?? DatePrecision.Day, command.RecordKind,
            command.Link, points, command.Note, DemoReplay.Context.Recorded);
    }

    /// <summary>The CSV of the request example: its one row matches the guideline as the demo registry has it.</summary>
    private static ImportReport Import(Guid token) => new("styrdokument.csv", false, [],
    [
        new ImportRowResult(2, ImportOutcome.Unchanged, ImportOutcome.Unchanged.Label(), "Riktlinje medföljande personal till sjukhus",
            DemoRegistry.IdFor(Guideline), []),
    ], token);

    /// <summary>The demo registry's package: the HoS agreement with its two agreements, sent on remiss in 2021.</summary>
    private static RemissPackagePlan Package(out IReadOnlyList<Styrdokument> members)
    {
        var replay = DemoReplay.Of(PackageMembers, stopAtPackage: PackageKey);
        var command = PackageRequest().Deserialize<SendRemissPackage>(RegistryJson.Input)!;
        var id = DemoRegistry.PackageIdFor(PackageKey);
        members = [.. PackageMembers.Select(k => replay.Documents[DemoRegistry.IdFor(k)])];
        var changes = RemissPackages.Send(command, id, members, DemoReplay.Context);
        foreach (var change in changes)
        {
            foreach (var e in change.Events) e.Apply(replay.Documents[change.DocumentId]);
            replay.Add(change.DocumentId, change.Events);
        }
        return new RemissPackagePlan(id, command.Name.Trim(), changes);
    }

    private static IReadOnlyList<Styrdokument> Sent()
    {
        Package(out var members);
        return members;
    }

    /// <summary>A step posted once for the package, with the step's own request example.</summary>
    private static RemissPackageResult ForEachMember(string step)
    {
        var id = DemoRegistry.PackageIdFor(PackageKey);
        var plan = Package(out var members);
        var command = (IDocumentCommand)MinutesExamples.For(step)!.Request.Deserialize(LifecycleSteps.Find(step)!.CommandType, RegistryJson.Input)!;
        return RemissPackageResult.Of(new RemissPackagePlan(id, plan.Name, RemissPackages.ForEachOpenMember(id, members, command, DemoReplay.Context)));
    }
}
