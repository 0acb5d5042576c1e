using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Registry.Web.Access;

namespace Registry.Web.OpenApi;

/// <summary>
/// The document as a whole: Swedish title and description, contact and licence, the server without a trailing slash,
/// a description for every tag, the security schemes and the two problem shapes every operation refers to.
/// </summary>
internal sealed class DocumentDescription(IOptionsMonitor<AccessOptions> access, IOptionsMonitor<BearerOptions> bearer, IOptionsMonitor<ApiReferenceOptions> reference,
    IHttpContextAccessor http)
    : IOpenApiDocumentTransformer
{
    public const string ProblemSchema = "ProblemDetails";
    public const string ValidationProblemSchema = "ValidationProblemDetails";

    /// <summary>Every tag an operation may carry, with its Swedish description.</summary>
    public static readonly IReadOnlyDictionary<string, string> Tags = new Dictionary<string, string>
    {
        [ApiTags.Documents] = "Registrets styrdokument med hela sin historik: varje steg med källa, anteckning och datumprecision.",
        [ApiTags.Lifecycle] = "Livscykelns steg, ett anrop per steg (utkast, remiss, ställningstagande, beslut, giltighet, förlängning, revidering, uppsägning …). Varje steg är en transaktion; If-Match ger 409 om dokumentet har ändrats.",
        [ApiTags.Meetings] = "Ett SRO- eller VVG-sammanträde med alla punkter och ställningstaganden, registrerat i en transaktion.",
        [ApiTags.Warnings] = "Automatiska varningar före slutdatum, uppsägningsdagar och uppföljningar: vem som fick dem och om de kvitterats.",
        [ApiTags.Calendar] = "Bevakningsdatumen som iCalendar-flöde för Outlook och andra kalendrar.",
        [ApiTags.Parties] = "Vad som gäller för en huvudman (VGR eller en kommun) en viss dag: bindande, väntande, upphörda och gemensamma dokument.",
        [ApiTags.Import] = "Import av ett befintligt register från .xlsx eller .csv: först en förhandsgranskning, sedan importen med dess token.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var terms = reference.CurrentValue;
        document.Info.Title = "Styrdokumentregistret";
        document.Info.Description =
            "Registret över styrdokument i Vårdsamverkan Västra Götaland: avtal, överenskommelser, riktlinjer och planer " +
            "genom utkast, remiss, ställningstagande, beslut, giltighet, förlängning, revidering, uppsägning och upphörande. " +
            "Fel besvaras med ProblemDetails (application/problem+json); `errors` namnger fältet. " +
            "Analys i Excel och Power BI: OData-flödet under /odata (se docs/odata.md).";
        // The address the client used (after a trusted proxy's forwarded headers), so "try it" calls this very app.
        if (http.HttpContext?.Request is { } request)
            document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/') }];
        var server = document.Servers?.FirstOrDefault()?.Url?.TrimEnd('/');
        document.Info.Contact = new OpenApiContact
        {
            Name = terms.ContactName,
            Email = terms.ContactEmail is { Length: > 0 } email ? email : null,
            Url = Address(terms.ContactUrl, server),
        };
        document.Info.License = new OpenApiLicense
        {
            Name = terms.LicenseName,
            Url = Address(terms.LicenseUrl, server),
        };
        foreach (var each in document.Servers ?? [])
        {
            each.Url = each.Url?.TrimEnd('/');
            each.Description = "Det här registret";
        }
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = ApiSecurity.Schemes(access.CurrentValue, bearer.CurrentValue);
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = Problem(withErrors: false);
        document.Components.Schemas[ValidationProblemSchema] = Problem(withErrors: true);
        // The framework's own name for the validation shape, replaced by ValidationProblemDetails above.
        document.Components.Schemas.Remove("HttpValidationProblemDetails");
        return Task.CompletedTask;
    }

    /// <summary>A configured address; one starting with "/" is a page of this app (the terms at /villkor).</summary>
    private static Uri? Address(string? configured, string? server) => configured switch
    {
        null or "" => null,
        ['/', ..] when server is not null => new Uri(server + configured),
        ['/', ..] => new Uri(configured, UriKind.Relative),
        _ => new Uri(configured),
    };

    /// <summary>RFC 9457 problem details as the app writes them; the validation shape adds <c>errors</c>, messages by field.</summary>
    private static OpenApiSchema Problem(bool withErrors)
    {
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = withErrors
                ? "Ett fel i begäran. `errors` har, när ett fält är fel, ett meddelande per fält (t.ex. `newValidTo`, `decision.meetingDate`, `If-Match`)."
                : "Ett fel som ProblemDetails (RFC 9457).",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("En adress som anger feltypen."),
                ["title"] = Text("Felets rubrik, på svenska."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "HTTP-statuskoden." },
                ["detail"] = Text("Vad som gick fel och vad man kan göra, på svenska."),
                ["instance"] = Text("Begärans adress."),
                ["traceId"] = Text("Spårnings-id för felsökning i loggarna."),
            },
            AdditionalProperties = new OpenApiSchema(),
        };
        if (withErrors)
        {
            schema.Properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Meddelanden per fält, med fältets sökväg i JSON-kroppen som nyckel.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            };
        }
        return schema;
    }

    private static OpenApiSchema Text(string description) =>
        new() { Type = JsonSchemaType.String | JsonSchemaType.Null, Description = description };

    internal static JsonNode Example(Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        var node = new JsonObject
        {
            ["title"] = problem.Title,
            ["status"] = problem.Status,
            ["detail"] = problem.Detail,
        };
        if (problem is Microsoft.AspNetCore.Mvc.ValidationProblemDetails validation)
            node["errors"] = new JsonObject(validation.Errors.Select(e =>
                KeyValuePair.Create(e.Key, (JsonNode?)new JsonArray(e.Value.Select(m => (JsonNode?)m).ToArray()))));
        return node;
    }
}

/// <summary>The API's tags (Swedish, as shown in the reference).</summary>
public static class ApiTags
{
    public const string Documents = "Dokument";
    public const string Lifecycle = "Livscykel";
    public const string Meetings = "Sammanträden";
    public const string Remiss = "Remisspaket";
    public const string Warnings = "Varningar";
    public const string Calendar = "Kalender";
    public const string Parties = "Huvudmän";
    public const string Import = "Import";
}
