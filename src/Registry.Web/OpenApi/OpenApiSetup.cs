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
            options.AddSchemaTransformer<NodaTimeSchemas>();
            options.AddOperationTransformer<OperationContract>();
            options.AddDocumentTransformer<DocumentDescription>();
        });
        return builder;
    }

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
