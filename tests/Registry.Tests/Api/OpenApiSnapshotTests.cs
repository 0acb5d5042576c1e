namespace Registry.Tests.Api;

/// <summary>
/// The generated client (Api/Client, ADR 0030) is built from Api/Client/openapi.json: that file must be the document
/// the app serves now. After a change to the API, refresh it with
/// <c>REGISTRY_UPDATE_OPENAPI_SNAPSHOT=1 dotnet test --project tests/Registry.Tests -- --filter-class Registry.Tests.Api.OpenApiSnapshotTests</c>
/// and commit it; the next build generates the client anew.
/// </summary>
public sealed class OpenApiSnapshotTests(RegistryApp app)
{
    public static readonly string Snapshot = RepositoryRoot.Combine("tests", "Registry.Tests", "Api", "Client", "openapi.json");

    [Fact]
    public async Task The_client_is_generated_from_the_document_the_app_serves()
    {
        var served = JsonNode.Parse(await app.AnonymousApi().Http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;
        if (Environment.GetEnvironmentVariable("REGISTRY_UPDATE_OPENAPI_SNAPSHOT") == "1")
            await File.WriteAllTextAsync(Snapshot, served.ToJsonString(new System.Text.Json.JsonSerializerOptions
            {
                WriteIndented = true,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }) + "\n", TestContext.Current.CancellationToken);
        var saved = JsonNode.Parse(await File.ReadAllTextAsync(Snapshot, TestContext.Current.CancellationToken));
        Assert.True(JsonNode.DeepEquals(served, saved),
            "tests/Registry.Tests/Api/Client/openapi.json is not the document the app serves: refresh it (see OpenApiSnapshotTests).");
    }
}
