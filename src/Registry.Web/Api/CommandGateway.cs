namespace Registry.Web.Api;

/// <summary>Runs a lifecycle command for an HTTP request: the signed-in user records it, If-Match carries the expected version.</summary>
public sealed class CommandGateway(DocumentCommandExecutor executor, IHttpContextAccessor accessor)
{
    public const string Anonymous = "anonym";

    private HttpContext Http => accessor.HttpContext ?? throw new InvalidOperationException("No HTTP request.");

    public async Task<IResult> Draft(DraftDocument? command)
    {
        RequireBody(command);
        var result = await executor.Start(Guid.CreateVersion7(), command, RecordedBy, Http.RequestAborted, IdempotencyKey);
        return Respond(Results.Created($"{LifecycleEndpoints.Route}/{result.DocumentId}", result), result);
    }

    public async Task<IResult> Run<TCommand>(Guid id, TCommand? command) where TCommand : class, IDocumentCommand
    {
        RequireBody(command);
        var result = await executor.Execute(id, command, RecordedBy, ExpectedVersion(), Http.RequestAborted, IdempotencyKey);
        return Respond(Results.Ok(result), result);
    }

    /// <summary>A JSON body of <c>null</c> reaches the endpoint as a null command.</summary>
    private static void RequireBody([System.Diagnostics.CodeAnalysis.NotNull] object? command)
    {
        if (command is null) throw new MissingBody();
    }

    private string RecordedBy => RecordedByOf(Http.User);

    /// <summary>Who is recorded as having done something: the signed-in name, else "anonym".</summary>
    public static string RecordedByOf(System.Security.Claims.ClaimsPrincipal user) =>
        user.Identity?.Name is { Length: > 0 } name ? name : Anonymous;

    /// <summary>A client retrying the same request sends the same Idempotency-Key and gets the first outcome.</summary>
    private string? IdempotencyKey =>
        Http.Request.Headers.TryGetValue("Idempotency-Key", out var key) ? key.ToString() : null;

    private IResult Respond(IResult result, CommandResult outcome)
    {
        Http.Response.Headers.ETag = ETag(outcome.Version);
        return result;
    }

    public static string ETag(long version) => $"\"{version}\"";

    /// <summary>If-Match: "7" (or W/"7", or 7) means: only if the document is still at version 7.</summary>
    private long? ExpectedVersion()
    {
        var header = Http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*") return null;
        var value = header.Trim().Replace("W/", "").Trim('"');
        return long.TryParse(value, out var version) && version >= 0
            ? version
            : throw new RuleViolation("If-Match ska innehålla dokumentets version, t.ex. \"7\".", "If-Match");
    }
}

/// <summary>A step's request came without a JSON object (no body, or the JSON <c>null</c>).</summary>
public sealed class MissingBody() : Exception("Begäran måste innehålla ett JSON-objekt med stegets uppgifter.");
