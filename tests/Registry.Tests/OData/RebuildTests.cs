namespace Registry.Tests.OData;

/// <summary>Rebuilding rewrites every read table, so it must not run beside tests that record steps.</summary>
[CollectionDefinition(nameof(RebuildCollection), DisableParallelization = true)]
public sealed class RebuildCollection;

[Collection(nameof(RebuildCollection))]
public sealed class RebuildTests(RegistryApp app)
{
    private readonly ODataFeed _feed = new(app.Api().Http);

    private static readonly string[] Sets =
        ["Documents?$filter=Id eq {0}", "ValidityPeriods?$filter=DocumentId eq {0}", "LifecycleEvents?$filter=DocumentId eq {0}",
         "Decisions?$filter=DocumentId eq {0}", "Consultations?$filter=DocumentId eq {0}", "ConsultationResponses?$filter=DocumentId eq {0}"];

    private async Task<List<string>> Feed(Guid id)
    {
        var result = new List<string>();
        foreach (var set in Sets) result.Add((await _feed.Get("/odata/" + string.Format(set, id)))["value"]!.ToJsonString());
        return result;
    }

    private async Task ForgetReadModels(Guid id)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        foreach (var table in ReadModelTables.All)
        {
            await using var delete = new NpgsqlCommand(
                $"delete from {table.QualifiedName} where {ReadModelTable.Column(table.DocumentColumn)} = $1", connection);
            delete.Parameters.AddWithValue(id);
            await delete.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
    }

    private void AssertReflectsTheExtension(IReadOnlyList<string> feed)
    {
        Assert.Contains("\"ValidTo\":\"2026-12-31\"", feed[0]);
        Assert.Contains("\"ExtensionCount\":1", feed[0]);
        Assert.Contains("\"Basis\":\"Extension\"", feed[1]);
        Assert.Contains("\"Type\":\"document_extended\"", feed[2]);
        Assert.Contains("\"Kind\":\"Extension\"", feed[3]);
        Assert.Contains("\"RecipientCount\":3", feed[4]);
        Assert.Contains("\"Recipient\":\"Ale\"", feed[5]);
    }

    [Fact]
    public async Task Rebuild_from_the_events_restores_every_read_model_with_the_recorded_extension()
    {
        var id = await ReadModelTests.LifecycleWithExtension(app.Api(), ODataFeed.UniquePrefix("Bygg") + " avtal");
        var before = await Feed(id);
        AssertReflectsTheExtension(before);
        await ForgetReadModels(id);
        Assert.All(await Feed(id), set => Assert.Equal("[]", set));

        var store = app.Factory.Services.GetRequiredService<IDocumentStore>();
        var rebuilt = await ReadModelRebuild.RebuildAsync(store, cancellation: TestContext.Current.CancellationToken);

        Assert.True(rebuilt >= 1);
        var after = await Feed(id);
        Assert.Equal(before, after);
        AssertReflectsTheExtension(after);
    }

    [Fact]
    public async Task Martens_projection_rebuild_restores_the_read_models_too()
    {
        var id = await ReadModelTests.LifecycleWithExtension(app.Api(), ODataFeed.UniquePrefix("Bygg") + " avtal");
        var before = await Feed(id);
        await ForgetReadModels(id);

        // What `dotnet run --project src/Registry.Web -- projections rebuild` does.
        var store = app.Factory.Services.GetRequiredService<IDocumentStore>();
        using var daemon = await store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync(nameof(DocumentProjection), TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        var after = await Feed(id);
        Assert.Equal(before, after);
        AssertReflectsTheExtension(after);
    }
}
