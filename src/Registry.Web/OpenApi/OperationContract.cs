using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Registry.Documents;
using Registry.Web.Access;
using Registry.Web.Hosting;

namespace Registry.Web.OpenApi;

/// <summary>
/// Completes every operation from what the app does rather than from what each endpoint remembers to declare: how
/// to sign in (write or read, anonymous reading), every status the pipeline can answer with its problem shape, and,
/// for the lifecycle steps, the headers, field list and examples taken from the step's declaration and the demo
/// registry. A new step or endpoint gets all of it without a line here (ADR 0030).
/// </summary>
internal sealed class OperationContract(IOptionsMonitor<AccessOptions> access, IOptionsMonitor<BearerOptions> bearer,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document ?? throw new InvalidOperationException("The OpenAPI document is not being built.");
        var description = context.Description;
        var write = !HttpMethods.IsGet(description.HttpMethod ?? HttpMethods.Get);
        var byId = description.RelativePath?.Contains("{id", StringComparison.Ordinal) == true;
        var step = description.ActionDescriptor.EndpointMetadata.OfType<LifecycleStep>().FirstOrDefault();

        operation.Security = ApiSecurity.For(write, access.CurrentValue, bearer.CurrentValue, document);
        operation.Responses ??= new OpenApiResponses();
        var responses = operation.Responses;
        if (write || operation.Parameters?.Any(p => p.In == ParameterLocation.Query) == true)
            Problem(responses, document, 400, "Ogiltig begäran: JSON som inte kan läsas, ett fält som saknas eller har fel format, "
                + "eller ett steg som inte gäller dokumentets status. `errors` namnger fältet.", validation: true);
        Problem(responses, document, 401, AnonymousNote(write) + "Inloggning krävs, eller uppgifterna är fel. Svaret har "
            + "`WWW-Authenticate: Basic`.", header: ("WWW-Authenticate", "Basic realm=\"Styrdokumentregistret\", charset=\"UTF-8\""));
        if (write)
            Problem(responses, document, 403, "Kontot saknar rollen admin, eller begäran kommer från en annan webbplats (Origin, Sec-Fetch-Site).");
        if (!byId) responses.Remove("404"); // Wolverine declares a 404 on every endpoint
        else
            Problem(responses, document, 404, step is null ? "Posten finns inte." : "Styrdokumentet finns inte.");
        if (responses.ContainsKey("409"))
            Problem(responses, document, 409, step is null ? "Konflikt med registrets nuvarande innehåll (se detail)."
                : "Versionskonflikt: dokumentet har ändrats sedan versionen i If-Match, eller ändrades samtidigt av någon annan. Läs in det på nytt.");
        if (write)
        {
            Problem(responses, document, 413, "Begärans innehåll är för stort.");
            Problem(responses, document, 415, "Content-Type är inte application/json (krävs även för steg utan fält).");
        }
        if (step is not null)
            Problem(responses, document, 422, "Idempotency-Key har redan använts för en annan begäran.");
        Problem(responses, document, 429, "För många misslyckade inloggningar för kontot eller klienten; försök igen efter Retry-After sekunder.",
            header: ("Retry-After", "30"));
        Problem(responses, document, 503, "Databasen svarar inte; inget har sparats. Försök igen efter Retry-After sekunder"
            + (write ? " (med samma Idempotency-Key)." : "."), header: ("Retry-After", "2"));
        foreach (var (status, response) in responses)
            if (status.StartsWith('2') && response is OpenApiResponse success) success.Description = SuccessText(status, step);

        if (step is not null) StepOperation.Complete(operation, step);
        OperationExamples.Complete(operation, description.HttpMethod ?? HttpMethods.Get, (description.RelativePath ?? "").TrimEnd('/'), step is not null,
            json.Value.SerializerOptions);
        return Task.CompletedTask;
    }

    private string AnonymousNote(bool write) =>
        !write && access.CurrentValue.AnonymousRead ? "Läsning utan inloggning är påslagen här; skickade uppgifter som inte godtas ger ändå 401. " : "";

    private static string SuccessText(string status, LifecycleStep? step) => (status, step) switch
    {
        ("201", not null) => "Dokumentet är registrerat som utkast. `Location` pekar på det och `ETag` är dess version.",
        ("200", not null) => $"{step.Done} Svaret har dokumentets nya version, också i `ETag`.",
        ("201", null) => "Registrerat. `Location` pekar på det nya.",
        _ => "OK.",
    };

    private static void Problem(OpenApiResponses responses, OpenApiDocument document, int status, string description,
        bool validation = false, (string Name, string Example)? header = null)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemJson] = new()
                {
                    Schema = new OpenApiSchemaReference(validation ? DocumentDescription.ValidationProblemSchema : DocumentDescription.ProblemSchema, document),
                },
            },
        };
        if (header is { } h)
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                [h.Name] = new OpenApiHeader { Schema = new OpenApiSchema { Type = JsonSchemaType.String }, Example = JsonValue.Create(h.Example) },
            };
        responses[key] = response;
    }
}
