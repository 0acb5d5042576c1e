namespace Registry.Tests.Upgrades;

/// <summary>
/// The events (rows of <c>mt_events</c> and <c>mt_streams</c>) an earlier release wrote, with what that release showed
/// for them (<c>expected/</c>): stored under <c>Upgrades/Golden/&lt;date&gt;-&lt;commit&gt;</c>, one folder per release.
/// </summary>
public sealed class GoldenFixture(string directory)
{
    public string Name => Path.GetFileName(directory);

    public static IEnumerable<GoldenFixture> All()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Registry.sln"))) root = root.Parent;
        var golden = Path.Combine(root!.FullName, "tests", "Registry.Tests", "Upgrades", "Golden");
        return Directory.GetDirectories(golden).Order().Select(d => new GoldenFixture(d));
    }

    public JsonArray Expected(string name) => Read(Path.Combine("expected", name + ".json"));

    /// <summary>Writes the release's events into a database whose schema the current code has created.</summary>
    public async Task LoadInto(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await Insert(connection, "mt_streams", Read("mt_streams.json"));
        await Insert(connection, "mt_events", Read("mt_events.json"));
        await using var sequence = new NpgsqlCommand(
            "select setval('registry.mt_events_sequence', (select max(seq_id) from registry.mt_events))", connection);
        await sequence.ExecuteScalarAsync();
    }

    /// <summary>Only the columns the current table has: a column added since then takes its default.</summary>
    private static async Task Insert(NpgsqlConnection connection, string table, JsonArray rows)
    {
        var columns = new List<string>();
        await using (var query = new NpgsqlCommand(
            "select column_name from information_schema.columns where table_schema = 'registry' and table_name = @table", connection))
        {
            query.Parameters.AddWithValue("table", table);
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync()) columns.Add(reader.GetString(0));
        }
        var stored = rows.SelectMany(r => r!.AsObject().Select(p => p.Key)).Distinct().Where(columns.Contains).ToList();
        var list = string.Join(", ", stored.Select(c => $"\"{c}\""));
        await using var insert = new NpgsqlCommand(
            $"insert into registry.{table} ({list}) select {list} from jsonb_populate_recordset(null::registry.{table}, @rows::jsonb)",
            connection);
        insert.Parameters.AddWithValue("rows", rows.ToJsonString());
        await insert.ExecuteNonQueryAsync();
    }

    private JsonArray Read(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(directory, file)))!.AsArray();
}
