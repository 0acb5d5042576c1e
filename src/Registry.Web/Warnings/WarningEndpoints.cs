using Registry.Web.OpenApi;
using Marten;
using Wolverine.Http;

namespace Registry.Web.Warnings;

/// <summary>The warnings issued: who was notified, when, through which channel, and whether someone acknowledged them.</summary>
public static class WarningEndpoints
{
    [WolverineGet("/api/warnings", OperationId = "list-warnings")]
    [ApiOperation(ApiTags.Warnings, "Utfärdade varningar", "Varningarna som har skickats, med mottagare, kanal och kvittens; filtrera på dokument, typ och om de är kvitterade.")]
    [ProducesResponseType<IReadOnlyList<IssuedWarning>>(StatusCodes.Status200OK)]
    public static async Task<IResult> List(WarningStore store, [FromQuery] string? documentId, [FromQuery] string? kind,
        [FromQuery] string? acknowledged, CancellationToken cancellation)
    {
        var errors = new Dictionary<string, string[]>();
        Guid? document = null;
        if (!string.IsNullOrWhiteSpace(documentId))
        {
            if (Guid.TryParse(documentId, out var parsed)) document = parsed;
            else errors["documentId"] = [$"\"{documentId}\" är inget dokument-id."];
        }
        string? kindKey = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (WarningKinds.Parse(kind) is { } parsed) kindKey = parsed.Key();
            else errors["kind"] = [$"Okänd typ av varning \"{kind}\". Giltiga: {string.Join(", ", Enum.GetValues<WarningKind>().Select(k => k.Key()))}."];
        }
        bool? isAcknowledged = null;
        if (!string.IsNullOrWhiteSpace(acknowledged))
        {
            if (bool.TryParse(acknowledged, out var parsed)) isAcknowledged = parsed;
            else errors["acknowledged"] = ["Ange true eller false."];
        }
        if (errors.Count > 0) return Results.ValidationProblem(errors, title: "Ogiltig fråga");
        return Results.Ok(await store.List(new WarningFilter(document, kindKey, isAcknowledged), cancellation));
    }

    [WolverineGet("/api/documents/{id}/warnings", OperationId = "list-document-warnings")]
    [ApiOperation(ApiTags.Warnings, "Ett dokuments varningar", "Varningarna som har skickats om ett styrdokument.")]
    public static async Task<IReadOnlyList<IssuedWarning>> ForDocument(Guid id, WarningStore store, IQuerySession session,
        CancellationToken cancellation)
    {
        if (await session.Events.FetchStreamStateAsync(id, cancellation) is null) throw new DocumentNotFound(id);
        return await store.List(new WarningFilter(DocumentId: id), cancellation);
    }

    [WolverineGet("/api/warnings/{id}", OperationId = "get-warning")]
    [ApiOperation(ApiTags.Warnings, "En varning", "En utfärdad varning med mottagare, leveranser och kvittens.")]
    [ProducesResponseType<IssuedWarning>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, WarningStore store, CancellationToken cancellation) =>
        await store.Get(id, cancellation) is { } warning ? Results.Ok(warning) : NotFound(id);

    [WolverinePost("/api/warnings/{id}/acknowledge", OperationId = "acknowledge-warning")]
    [ApiOperation(ApiTags.Warnings, "Kvittera en varning", "Markerar varningen som omhändertagen av den inloggade. En redan kvitterad varning ger 409.")]
    [ProducesResponseType<IssuedWarning>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public static async Task<IResult> Acknowledge(Guid id, WarningStore store, IClock clock, HttpContext http,
        CancellationToken cancellation)
    {
        var by = CommandGateway.RecordedByOf(http.User);
        return await store.Acknowledge(id, by, clock.GetCurrentInstant(), cancellation) switch
        {
            AcknowledgeOutcome.Acknowledged => Results.Ok(await store.Get(id, cancellation)),
            AcknowledgeOutcome.AlreadyAcknowledged => Results.Problem(AlreadyAcknowledged(id)),
            _ => NotFound(id),
        };
    }

    private static IResult NotFound(Guid id) => Results.Problem(Missing(id));

    public static ProblemDetails Missing(Guid id) => new() { Status = 404, Title = "Varningen finns inte", Detail = $"Varningen {id} finns inte." };

    public static ProblemDetails AlreadyAcknowledged(Guid id) =>
        new() { Status = 409, Title = "Redan kvitterad", Detail = $"Varningen {id} är redan kvitterad." };
}
