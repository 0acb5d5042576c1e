using Registry.Upgrades;

namespace Registry.Tests.Upgrades;

/// <summary>
/// A database written by an earlier release opens under this one with nothing lost or changed in meaning (ADR 0017):
/// its events are read, folded and projected by the current code, and the documents, histories, validity periods,
/// OData rows and warning deadlines are those the earlier release showed, but for the changes listed here on purpose.
/// </summary>
public sealed class GoldenFixtureTests(RegistryApp app)
{
    public static TheoryData<string> Fixtures() => new(GoldenFixture.All().Select(f => f.Name));

    /// <summary>Columns whose text changed on purpose, with the release that changed them; compared otherwise.</summary>
    private static readonly Dictionary<(string Table, string Column), string> ChangedOnPurpose = new()
    {
        // ADR 0016: OData's Summary is now the event's one Swedish description (label and summary), as in the UI.
        [("odata_lifecycle_events", "summary")] = "2026-12-02",
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Every_event_of_the_release_is_read_and_folded(string release)
    {
        await using var upgraded = await Upgraded(release);

        var result = await EventStoreCheck.RunAsync(upgraded.Store, cancellation: TestContext.Current.CancellationToken);

        Assert.Empty(result.Failures);
        Assert.Equal(Fixture(release).Expected("api_documents").Count, result.Streams);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task The_rebuilt_read_rows_are_those_the_release_wrote(string release)
    {
        await using var upgraded = await Upgraded(release);
        var fixture = Fixture(release);

        var documents = fixture.Expected("api_documents").ToDictionary(d => d!["document"]!.Text("id"), d => d!);
        foreach (var (table, key) in Tables)
        {
            var actual = await Rows(upgraded.ConnectionString, table, key);
            if (table == "warning_deadlines") actual = WithoutFollowUpsOfEndedDocuments(actual, documents);
            var expected = fixture.Expected(table);
            Assert.Equal(expected.Count, actual.Count);
            foreach (var (before, after) in expected.Zip(actual))
                foreach (var (column, value) in before!.AsObject())
                {
                    if (ChangedOnPurpose.ContainsKey((table, column))) continue;
                    var was = table == "odata_documents" && column.StartsWith("last_decision_", StringComparison.Ordinal)
                        ? LastDecisionColumn(LastDecision(documents[before.Text("id")]), column)
                        : Normalised(table, column, value);
                    Assert.True(JsonNode.DeepEquals(was, after![column]),
                        $"{table}.{column} of {KeyOf(before, key)}: was {value?.ToJsonString()}, now {after![column]?.ToJsonString()}");
                }
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Each_document_and_its_history_read_through_the_api_as_before(string release)
    {
        await using var upgraded = await Upgraded(release);
        var api = TestAccounts.Api(upgraded.Factory, app.Clock);

        foreach (var before in Fixture(release).Expected("api_documents"))
        {
            var id = Guid.Parse(before!["document"]!["id"]!.GetValue<string>());
            var now = await api.Document(id);
            foreach (var (property, value) in before["document"]!.AsObject())
            {
                var expected = property == "lastDecision" ? LastDecision(before) : value;
                Assert.True(JsonNode.DeepEquals(expected, now["document"]![property]),
                    $"{id} {property}: was {expected?.ToJsonString()}, now {now["document"]![property]?.ToJsonString()}");
            }
            Assert.Equal(StatusLabel(before.Text("statusLabel")), now.Text("statusLabel"));
            var history = before["history"]!.AsArray();
            Assert.Equal(history.Count, now["history"]!.AsArray().Count);
            foreach (var (entry, current) in history.Zip(now["history"]!.AsArray()))
                foreach (var (property, value) in entry!.AsObject())
                {
                    var expected = property == "summary" ? Punkt(value) : value;
                    Assert.True(JsonNode.DeepEquals(expected, current![property]), $"{id} history {property}: was {expected}, now {current![property]}");
                }
            Assert.All(now["history"]!.AsArray(), e => Assert.Equal(Registry.Provenance.Source.Missing, e.Text("source")));
            Assert.All(now["history"]!.AsArray(), e => Assert.False(string.IsNullOrEmpty(e.Text("summary") + e.Text("label"))));
        }
    }

    private static readonly (string Table, string Key)[] Tables =
    [
        ("odata_documents", "id"),
        ("odata_validity_periods", "document_id, number"),
        ("odata_lifecycle_events", "document_id, sequence"),
        ("odata_decisions", "document_id, meeting_date, id"),
        ("odata_consultations", "document_id, number"),
        ("odata_consultation_responses", "document_id, consultation_number, recipient"),
        ("warning_deadlines", "document_id, kind, subject"),
    ];

    /// <summary>Values whose wording a later release corrected, mapped from the old wording.</summary>
    private static JsonNode? Normalised(string table, string column, JsonNode? value) => (table, column) switch
    {
        // Issue 11: status labels in the neuter of "dokumentet"/"avtalet", and "Tillstyrkt" for the endorsed status.
        ("odata_documents", "status_label") => JsonValue.Create(StatusLabel(value!.GetValue<string>())),
        // Follow-up kinds without å, ä, ö (issue 11) are spelled right since 2026-12-02.
        ("warning_deadlines", "details") => JsonValue.Create(value!.GetValue<string>()
            .Replace("Uppfoljning", "Uppföljning").Replace("Utvardering", "Utvärdering").Replace("Avstamning", "Avstämning")),
        _ => value,
    };

    private static string StatusLabel(string old) => old switch
    {
        "Antagen" => "Antaget",
        "Uppsagd" => "Uppsagt",
        "Återkallad" => "Återkallat",
        "Ställningstagande fattat" => "Tillstyrkt",
        _ => old,
    };

    /// <summary>Issue 11: the minutes number their points ("punkt 6"), so a decision reads "SRO 2021-11-19 punkt 9", not "§ 9".</summary>
    private static JsonNode? Punkt(JsonNode? summary) =>
        summary is null ? null : JsonValue.Create(summary.GetValue<string>().Replace(" § ", " punkt "));

    /// <summary>
    /// Issue 11: an information point ("noterar informationen") no longer becomes a document's latest decision. The
    /// latest decision is that of the last event in the release's own history that recorded a decision, leaving out
    /// the endorsements that only noted information.
    /// </summary>
    private static JsonNode? LastDecision(JsonNode document) =>
        document["history"]!.AsArray()
            .Where(e => e!["data"]!["decision"] is JsonObject)
            .Where(e => !(e.Text("type") == "document_endorsed" && e!["data"]!.Text("outcome") == "noted"))
            .Select(e => e!["data"]!["decision"]!.DeepClone())
            .LastOrDefault();

    private static JsonNode? LastDecisionColumn(JsonNode? decision, string column) => column switch
    {
        "last_decision_body" => decision?["body"]?.DeepClone(),
        "last_decision_date" => decision?["meetingDate"]?.DeepClone(),
        _ => decision?["agendaItem"]?.DeepClone(),
    };

    /// <summary>
    /// Issue 12 (ADR 0029): an ended document keeps the follow-ups it has left to do as deadlines, which the release
    /// dropped; every other deadline row must be as the release wrote it.
    /// </summary>
    private static JsonArray WithoutFollowUpsOfEndedDocuments(JsonArray rows, Dictionary<string, JsonNode> documents) =>
        new(rows.Where(r => !(r.Text("kind") == "followUp"
                              && documents[r.Text("document_id")]["document"]!.Text("status") is "expired" or "superseded" or "withdrawn"))
            .Select(r => r!.DeepClone()).ToArray());

    private static string KeyOf(JsonNode row, string key) =>
        string.Join("/", key.Split(", ").Select(k => row[k]?.ToJsonString()));

    private static GoldenFixture Fixture(string release) => GoldenFixture.All().Single(f => f.Name == release);

    /// <summary>A fresh database: schema by the current code, events by the release, projections rebuilt (an upgrade).</summary>
    private async Task<UpgradedRegistry> Upgraded(string release)
    {
        var connectionString = await app.CreateDatabaseAsync("golden_" + Guid.NewGuid().ToString("N")[..8]);
        var upgraded = new UpgradedRegistry(connectionString, app.Derive(connectionString, app.Clock));
        _ = upgraded.Factory.Server; // starts the current code: it creates the schema
        await Fixture(release).LoadInto(connectionString);
        await ReadModelRebuild.RebuildAsync(upgraded.Store, cancellation: TestContext.Current.CancellationToken);
        return upgraded;
    }

    private sealed record UpgradedRegistry(string ConnectionString, WebApplicationFactory<Program> Factory) : IAsyncDisposable
    {
        public IDocumentStore Store => Factory.Services.GetRequiredService<IDocumentStore>();

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }

    private static async Task<JsonArray> Rows(string connectionString, string table, string key)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(
            $"select coalesce(json_agg(t order by {key}), '[]')::text from registry.{table} t", connection);
        return JsonNode.Parse((string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!)!.AsArray();
    }
}
