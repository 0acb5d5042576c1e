using Microsoft.OpenApi;
using Registry.Web.Access;

namespace Registry.Web.OpenApi;

/// <summary>
/// The ways the API accepts a caller today (docs/adr/0013-sign-in-roles-and-keys.md), as OpenAPI security schemes.
/// Organisational sign-in (Bearer, ADR 0032) is declared only when it is configured, as the app accepts it only then.
/// </summary>
public static class ApiSecurity
{
    public const string Basic = "basic";
    public const string ApiKeyHeader = "apiKey";
    public const string ApiKeyQuery = "apiKeyQuery";
    public const string Bearer = "bearer";

    public static Dictionary<string, IOpenApiSecurityScheme> Schemes(AccessOptions access, BearerOptions bearer)
    {
        var schemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [Basic] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "basic",
                Description = "Kontots namn och lösenord, eller namnet och en av kontots API-nycklar som lösenord.",
            },
            [ApiKeyHeader] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = Access.Schemes.ApiKeyHeader,
                Description = "En API-nyckel (dotnet run --project src/Registry.Web -- konto nyckel <namn>).",
            },
        };
        if (access.ApiKeyQueryParameter.Length > 0)
            schemes[ApiKeyQuery] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Query,
                Name = access.ApiKeyQueryParameter,
                Description = "API-nyckeln som frågeparameter, för Power BI:s autentisering \"Webb-API\". Nyckeln tas bort ur adressen innan något loggas.",
            };
        if (bearer.Enabled)
            schemes[Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = $"En åtkomsttoken från organisationens identitetsleverantör ({bearer.Authority}) för målgruppen {bearer.Audience}; " +
                              "roller enligt Registry:Access:RoleMapping (docs/signin.md).",
            };
        return schemes;
    }

    /// <summary>
    /// Any one of the schemes; for reading also none when anonymous reading is on (an empty requirement).
    /// </summary>
    public static List<OpenApiSecurityRequirement> For(bool write, AccessOptions access, BearerOptions bearer, OpenApiDocument document)
    {
        var requirements = Schemes(access, bearer).Keys.Select(name => new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(name, document)] = [],
        }).ToList();
        if (!write && access.AnonymousRead) requirements.Add(new OpenApiSecurityRequirement());
        return requirements;
    }
}
