using System.Text.Json;
using Npgsql;

namespace Registry.Web.OData;

/// <summary>
/// The benchmark's yardstick (bench/Registry.Bench, docs/odata.md): the same rows as the OData feed read with
/// plain Npgsql and written as JSON with Utf8JsonWriter, keyset-paged with the feed's page size, in the same
/// process. Mapped only when <c>Registry:Bench:Baseline</c> is true; never in production.
/// </summary>
public static class BaselineEndpoints
{
    public const string Key = "Registry:Bench:Baseline";

    public static void MapBaseline(this WebApplication app, string connectionString)
    {
        if (!app.Configuration.GetValue<bool>(Key)) return;
        var dataSource = NpgsqlDataSource.Create(connectionString);
        var pageSize = app.Configuration.GetValue<int?>($"{ODataFeedOptions.Section}:PageSize") ?? new ODataFeedOptions().PageSize;
        app.MapGet("/bench/baseline/{table}", (HttpContext http, string table) =>
            Page(http, dataSource, table switch
            {
                "documents" => "registry.odata_documents",
                "lifecycle_events" => "registry.odata_lifecycle_events",
                _ => throw new BadHttpRequestException("Okänd tabell."),
            }, pageSize));
    }

    private static async Task Page(HttpContext http, NpgsqlDataSource dataSource, string table, int pageSize)
    {
        var after = http.Request.Query["after"].ToString();
        var from = http.Request.Query["from"].ToString();
        var to = http.Request.Query["to"].ToString();
        var where = new List<string>();
        await using var command = dataSource.CreateCommand();
        if (after.Length > 0)
        {
            where.Add("id > $1");
            command.Parameters.Add(new NpgsqlParameter { Value = Guid.Parse(after) });
        }
        if (from.Length > 0)
        {
            where.Add($"valid_to >= ${command.Parameters.Count + 1} and valid_to <= ${command.Parameters.Count + 2}");
            command.Parameters.Add(new NpgsqlParameter { Value = DateOnly.Parse(from, CultureInfo.InvariantCulture) });
            command.Parameters.Add(new NpgsqlParameter { Value = DateOnly.Parse(to, CultureInfo.InvariantCulture) });
        }
        command.CommandText = $"select * from {table} {(where.Count > 0 ? "where " + string.Join(" and ", where) : "")} order by id limit {pageSize + 1}";

        http.Response.ContentType = "application/json";
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        await using var json = new Utf8JsonWriter(http.Response.Body);
        json.WriteStartObject();
        json.WriteStartArray("value");
        var rows = 0;
        Guid last = default;
        var idColumn = reader.GetOrdinal("id");
        while (await reader.ReadAsync(http.RequestAborted))
        {
            if (++rows > pageSize) break;
            last = reader.GetGuid(idColumn);
            json.WriteStartObject();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                json.WritePropertyName(reader.GetName(i));
                switch (reader.IsDBNull(i) ? null : reader.GetValue(i))
                {
                    case null: json.WriteNullValue(); break;
                    case string s: json.WriteStringValue(s); break;
                    case Guid g: json.WriteStringValue(g); break;
                    case int n: json.WriteNumberValue(n); break;
                    case long n: json.WriteNumberValue(n); break;
                    case bool b: json.WriteBooleanValue(b); break;
                    case DateTime d when reader.GetDataTypeName(i) == "date": json.WriteStringValue(DateOnly.FromDateTime(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                    case DateTime d: json.WriteStringValue(new DateTimeOffset(d, TimeSpan.Zero)); break;
                    case DateOnly d: json.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                    case var other: json.WriteStringValue(Convert.ToString(other, CultureInfo.InvariantCulture)); break;
                }
            }
            json.WriteEndObject();
            if (json.BytesPending > 16_384) await json.FlushAsync(http.RequestAborted);
        }
        json.WriteEndArray();
        if (rows > pageSize)
        {
            var next = $"{http.Request.Path}?after={last}" + (from.Length > 0 ? $"&from={from}&to={to}" : "");
            json.WriteString("next", next);
        }
        json.WriteEndObject();
    }
}
