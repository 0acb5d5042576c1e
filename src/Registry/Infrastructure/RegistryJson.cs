using NodaTime.Serialization.SystemTextJson;

namespace Registry.Infrastructure;

/// <summary>One JSON convention for events, the HTTP API and the demo data: camelCase, enums as strings, ISO dates.</summary>
public static class RegistryJson
{
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }

    /// <summary>
    /// Stricter options for input: required constructor parameters and non-nullable members must be present, and a
    /// member the command does not know is an error (a misspelt "note" must not be dropped silently).
    /// </summary>
    public static JsonSerializerOptions ConfigureForInput(JsonSerializerOptions options)
    {
        Configure(options);
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        return options;
    }

    public static readonly JsonSerializerOptions Input = ConfigureForInput(new JsonSerializerOptions());
}
