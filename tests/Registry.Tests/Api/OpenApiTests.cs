namespace Registry.Tests.Api;

/// <summary>The OpenAPI document describes the API's own read records and every lifecycle step's operation.</summary>
public sealed class OpenApiTests(RegistryApp app)
{
    [Fact]
    public async Task It_shows_the_read_records_and_one_operation_per_step_with_its_body()
    {
        var document = JsonNode.Parse(await app.Api().Http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        Assert.True(schemas.ContainsKey("DocumentDetails"), "DocumentDetails is not in the OpenAPI document.");
        Assert.True(schemas.ContainsKey("DocumentWithHistory"), "DocumentWithHistory is not in the OpenAPI document.");
        Assert.False(schemas.ContainsKey("Styrdokument"), "The aggregate must not be part of the public contract.");

        var paths = document["paths"]!.AsObject();
        foreach (var step in LifecycleSteps.All)
        {
            var post = paths[$"/api/documents/{{id}}/{step.Name}"]?["post"];
            Assert.True(post is not null, $"No operation for {step.Name}.");
            Assert.Equal(step.Title, post!["summary"]!.GetValue<string>());
            var hasInput = step.CommandType.GetConstructors().Any(c => c.GetParameters().Length > 0);
            Assert.Equal(hasInput, post["requestBody"] is not null);
        }
    }
}
