using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Registry.Documents;
using Registry.Warnings;
using Wolverine.Http;

namespace Registry.Web.Warnings;

/// <summary>The warnings issued: who was notified, when, through which channel, and whether someone acknowledged them.</summary>
public static class WarningEndpoints
{
    [WolverineGet("/api/warnings")]
    public static async Task<IResult> List(WarningStore store, [FromQuery] Guid? documentId, [FromQuery] string? kind,
        [FromQuery] bool? acknowledged, CancellationToken cancellation)
    {
        string? kindKey = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (WarningKinds.Parse(kind) is not { } parsed)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["kind"] = [$"Okänd typ av varning \"{kind}\". Giltiga: {string.Join(", ", Enum.GetValues<WarningKind>().Select(k => k.Key()))}."],
                }, title: "Ogiltig fråga");
            }
            kindKey = parsed.Key();
        }
        return Results.Ok(await store.List(new WarningFilter(documentId, kindKey, acknowledged), cancellation));
    }

    [WolverineGet("/api/documents/{id}/warnings")]
    public static async Task<IReadOnlyList<IssuedWarning>> ForDocument(Guid id, WarningStore store,
        CancellationToken cancellation) =>
        await store.List(new WarningFilter(DocumentId: id), cancellation);

    [WolverineGet("/api/warnings/{id}")]
    public static async Task<IResult> Get(Guid id, WarningStore store, CancellationToken cancellation) =>
        await store.Get(id, cancellation) is { } warning ? Results.Ok(warning) : NotFound(id);

    [WolverinePost("/api/warnings/{id}/acknowledge")]
    public static async Task<IResult> Acknowledge(Guid id, WarningStore store, IClock clock, HttpContext http,
        CancellationToken cancellation)
    {
        var by = http.User.Identity?.Name is { Length: > 0 } name ? name : "anonym";
        return await store.Acknowledge(id, by, clock.GetCurrentInstant(), cancellation) switch
        {
            AcknowledgeOutcome.Acknowledged => Results.Ok(await store.Get(id, cancellation)),
            AcknowledgeOutcome.AlreadyAcknowledged => Results.Problem(statusCode: 409, title: "Redan kvitterad",
                detail: $"Varningen {id} är redan kvitterad."),
            _ => NotFound(id),
        };
    }

    private static IResult NotFound(Guid id) =>
        Results.Problem(statusCode: 404, title: "Varningen finns inte", detail: $"Varningen {id} finns inte.");
}
