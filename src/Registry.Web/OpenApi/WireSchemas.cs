using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace Registry.Web.OpenApi;

/// <summary>
/// Types as they are written on the wire where the framework cannot tell: NodaTime's dates and instants are ISO 8601
/// strings (it would say "anything"), and enums are camelCase strings (it gives the values but not their type, so
/// a generated client would send numbers).
/// </summary>
internal sealed class WireSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        (string Format, string Example, string Description)? wire =
            type == typeof(LocalDate) ? ("date", "2026-12-31", "Ett datum, ÅÅÅÅ-MM-DD.")
            : type == typeof(Instant) ? ("date-time", "2026-11-22T09:00:00Z", "En tidpunkt i UTC (ISO 8601).")
            : null;
        if (wire is { } w)
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = w.Format;
            schema.Description = w.Description;
            schema.Examples = [JsonValue.Create(w.Example)];
        }
        else if (schema.Type is null && schema.Enum is { Count: > 0 } values
            && values.All(v => v is null || v.GetValueKind() is JsonValueKind.String or JsonValueKind.Null))
        {
            schema.Type = values.Any(v => v is null || v.GetValueKind() == JsonValueKind.Null)
                ? JsonSchemaType.String | JsonSchemaType.Null
                : JsonSchemaType.String;
        }
        return Task.CompletedTask;
    }
}
