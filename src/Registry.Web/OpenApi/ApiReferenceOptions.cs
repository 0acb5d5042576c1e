namespace Registry.Web.OpenApi;

/// <summary>
/// Registry:ApiReference in configuration: who answers for the API and on what terms, as the OpenAPI document's
/// contact and licence. The owners set these; appsettings.json holds the defaults (ADR 0030).
/// </summary>
public sealed class ApiReferenceOptions
{
    public const string Section = "Registry:ApiReference";

    public string ContactName { get; set; } = "";
    public string? ContactEmail { get; set; }
    public string? ContactUrl { get; set; }
    public string LicenseName { get; set; } = "";
    public string? LicenseUrl { get; set; }
}
