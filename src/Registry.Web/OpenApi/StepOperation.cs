using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Registry.Documents;
using Registry.Drafting;
using Registry.Web.Hosting;

namespace Registry.Web.OpenApi;

/// <summary>A lifecycle step's operation, completed from the step's own declaration (ADR 0016) and the demo registry.</summary>
internal static class StepOperation
{
    public static void Complete(OpenApiOperation operation, LifecycleStep step)
    {
        operation.Description = Describe(step);
        operation.Parameters ??= [];
        if (step.Name != DraftDocument.StepName) operation.Parameters.Add(IfMatch);
        operation.Parameters.Add(IdempotencyKey);

        RequireBody(operation);
        var responses = operation.Responses!;
        var demo = DemoExamples.For(step.Name);
        if (operation.RequestBody?.Content?.TryGetValue("application/json", out var request) == true)
            request.Example = demo?.Request ?? MinutesExamples.For(step.Name)?.Request;
        var id = demo?.DocumentId ?? MinutesExamples.For(step.Name)?.DocumentId ?? Guid.Parse("3cb4af01-f21f-603e-c3dd-bb5ab36f3d20");
        var version = demo?.Version ?? 4;
        var success = responses.FirstOrDefault(r => r.Key.StartsWith('2')).Value;
        if (success?.Content?.TryGetValue("application/json", out var answer) == true)
            answer.Example = new JsonObject { ["documentId"] = id.ToString(), ["version"] = version };
        Example(responses, 400, BadRequest(step));
        Example(responses, 404, new DocumentNotFound(id));
        Example(responses, 409, new VersionConflict(version + 1, version));
        Example(responses, 422, new IdempotencyKeyReused());
    }

    /// <summary>
    /// The command parameter is nullable so that a missing body reaches the app's own 400; the contract is the command.
    /// </summary>
    private static void RequireBody(OpenApiOperation operation)
    {
        if (operation.RequestBody is not OpenApiRequestBody body) return;
        body.Required = true;
        foreach (var media in body.Content?.Values ?? [])
            if (media.Schema is OpenApiSchema { OneOf: [_, _] alternatives }
                && alternatives.SingleOrDefault(a => a is OpenApiSchemaReference) is { } command)
                media.Schema = command;
    }

    /// <summary>The step's help, its own fields with their Swedish labels, and which of them its rules require.</summary>
    private static string Describe(LifecycleStep step)
    {
        var fields = step.Inputs.Select(i => $"`{i.Key}` ({i.Value.Label}{(step.RequiredInputs.Contains(i.Key) ? ", krävs" : "")})")
            .Concat(step.RequiredInputs.Where(r => !step.Inputs.ContainsKey(r)).Select(r => $"`{r}` ({step.Input(r).Label}, krävs)"));
        return string.Join("\n\n", new[]
        {
            step.Help ?? step.Title,
            fields.Any() ? "Stegets fält: " + string.Join(", ", fields) + "." : null,
            "Alla steg tar också `source` (mötet och punkten eller en annan referens), `note` och `precision` per datum (ADR 0024). "
                + "Ett okänt fält ger 400 som namnger det.",
        }.Where(t => t is not null));
    }

    /// <summary>What the step answers a brand-new draft if it does not apply to one, else a malformed first field.</summary>
    private static Exception BadRequest(LifecycleStep step) =>
        (Exception?)step.Refusal(new Styrdokument { Status = DocumentStatus.Draft })
        ?? new JsonException("The JSON value could not be converted.", "$." + (step.Inputs.Keys.FirstOrDefault() ?? "note"), null, null);

    private static void Example(OpenApiResponses responses, int status, Exception exception)
    {
        if (responses.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response)
            && response.Content?.TryGetValue("application/problem+json", out var media) == true)
            media.Example = DocumentDescription.Example(ProblemResponses.ToProblem(exception));
    }

    private static OpenApiParameter IfMatch => new()
    {
        Name = "If-Match",
        In = ParameterLocation.Header,
        Description = "Dokumentets version som du läste den (`ETag`), t.ex. \"4\". Har dokumentet ändrats sedan dess blir svaret 409 och inget sparas.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        Example = JsonValue.Create("\"4\""),
    };

    private static OpenApiParameter IdempotencyKey => new()
    {
        Name = "Idempotency-Key",
        In = ParameterLocation.Header,
        Description = "En unik sträng per åtgärd. Samma nyckel och samma innehåll igen ger det första svaret utan att något sparas på nytt; samma nyckel med annat innehåll ger 422.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
    };
}
