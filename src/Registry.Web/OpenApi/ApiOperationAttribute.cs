using Microsoft.AspNetCore.Http.Metadata;

namespace Registry.Web.OpenApi;

/// <summary>
/// How a Wolverine endpoint appears in the API reference: its tag (<see cref="ApiTags"/>), summary and description,
/// in one attribute, as the mapped endpoints get them from <c>WithTags</c>, <c>WithSummary</c> and <c>WithDescription</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ApiOperationAttribute(string tag, string summary, string description)
    : Attribute, ITagsMetadata, IEndpointSummaryMetadata, IEndpointDescriptionMetadata
{
    public IReadOnlyList<string> Tags { get; } = [tag];
    public string Summary { get; } = summary;
    public string Description { get; } = description;
}
