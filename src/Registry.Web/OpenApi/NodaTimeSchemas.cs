using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NodaTime;

namespace Registry.Web.OpenApi;

/// <summary>
/// NodaTime's types as they are written on the wire (ISO 8601 strings, NodaTime.Serialization.SystemTextJson); the
/// framework knows nothing about them and would describe them as "anything".
/// </summary>
internal sealed class NodaTimeSchemas : IOpenApiSchemaTransformer
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
            schema.Examples = [System.Text.Json.Nodes.JsonValue.Create(w.Example)];
        }
        return Task.CompletedTask;
    }
}
