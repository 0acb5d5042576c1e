using Scalar.AspNetCore;

namespace Registry.Web.OpenApi;

/// <summary>
/// The API reference (docs/adr/0030-api-reference.md): <c>/openapi/v1.json</c>, completed by transformers so that every
/// operation says how to sign in, every status it answers and its examples, and the interactive page at
/// <c>/scalar/v1</c>.
/// </summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/scalar/v1";

    public static WebApplicationBuilder AddRegistryOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ApiReferenceOptions>(builder.Configuration.GetSection(ApiReferenceOptions.Section));
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            options.AddSchemaTransformer<WireSchemas>();
            options.AddOperationTransformer<OperationContract>();
            options.AddDocumentTransformer<DocumentDescription>();
        });
        return builder;
    }

    /// <summary>
    /// The reference page runs Scalar's script (served by the app, with this response's nonce) and calls the API from
    /// the page; everything else stays as strict as the UI's policy (<see cref="Ui.SecurityHeaders"/>).
    /// </summary>
    public static string? ReferencePagePolicy(HttpContext context) =>
        context.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce
            ? $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
              + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
            : null;

    public static WebApplication MapRegistryOpenApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference("/scalar", scalar => scalar
            .WithTitle("Styrdokumentregistret – API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            // Everything from the app itself: no fonts, telemetry or assistants from elsewhere (and the CSP allows none).
            .DisableDefaultFonts().DisableTelemetry().DisableAgent().DisableMcp()
            .WithNonce()
            .AddPreferredSecuritySchemes([ApiSecurity.Basic]))
            .WithMetadata(new Access.UiRoute());
        return app;
    }
}
