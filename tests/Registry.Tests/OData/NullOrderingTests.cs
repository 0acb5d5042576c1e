namespace Registry.Tests.OData;

/// <summary>
/// OData orders null before every value ascending and after every value descending (as Power Query does without
/// folding); PostgreSQL, left alone, does the reverse. Checked for every nullable column, paged and unpaged.
/// </summary>
public sealed class NullOrderingTests(RegistryApp app) : ApiTests(app)
{
    private readonly ODataFeed _feed = new(app.Api().Http);
    private readonly string _prefix = ODataFeed.UniquePrefix("Null");

    /// <summary>Two drafts (most columns null) and two documents in force with a notice period and a decision.</summary>
    private async Task Registry()
    {
        await Api.Draft($"{_prefix} utkast 1");
        await Api.Draft($"{_prefix} utkast 2");
        foreach (var (name, to, extended) in new[] { ("a", "2027-12-31", "2028-12-30"), ("b", "2029-06-30", "2030-06-29") })
        {
            var id = await Api.Draft($"{_prefix} {name}");
            await Api.Ok(id, "enter-into-force", new { validFrom = "2025-01-01", validTo = to });
            await Api.Ok(id, "extend", new { newValidTo = extended, decision = Decisions.Vvg("2026-11-15", "7") });
        }
    }

    [Fact]
    public async Task Sort_by_ValidTo_descending_keeps_the_open_ended_documents_last()
    {
        await Registry();

        var top2 = await _feed.Rows($"/odata/Documents?$filter=startswith(Title,'{_prefix}')&$orderby=ValidTo desc&$top=2&$select=Title,ValidTo");
        var ascending = await _feed.Rows($"/odata/Documents?$filter=startswith(Title,'{_prefix}')&$orderby=ValidTo&$select=Title,ValidTo");

        Assert.Equal(["2030-06-29", "2028-12-30"], top2.Select(r => r["ValidTo"]?.GetValue<string>()));
        Assert.Equal([null, null, "2028-12-30", "2030-06-29"], ascending.Select(r => r["ValidTo"]?.GetValue<string>()));
        var sql = SqlLog.ReadsContaining(_prefix).Select(r => r.Sql).ToList();
        // Any table alias: Documents is read through the query computing today's status (ADR 0027).
        Assert.Contains(sql, s => Regex.IsMatch(s, @"ORDER BY \w+\.valid_to DESC NULLS LAST"));
        Assert.Contains(sql, s => Regex.IsMatch(s, @"ORDER BY \w+\.valid_to NULLS FIRST"));
    }

    [Theory]
    [InlineData("valid_to")]
    [InlineData("valid_to DESC")]
    [InlineData("notice_deadline")]
    public async Task The_date_indexes_serve_the_OData_order_without_a_sort(string order)
    {
        await using var connection = new Npgsql.NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var nulls = order.EndsWith("DESC", StringComparison.Ordinal) ? "NULLS LAST" : "NULLS FIRST";
        await using var command = new Npgsql.NpgsqlCommand(
            $"set enable_seqscan = off; set enable_sort = off; set enable_incremental_sort = off; " +
            $"explain select id from registry.odata_documents order by {order} {nulls} limit 5", connection);
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken))
            while (await reader.ReadAsync(TestContext.Current.CancellationToken)) plan.Add(reader.GetString(0));

        Assert.Contains(plan, line => line.Contains($"using ix_odata_documents_{order.Split(' ')[0]}"));
        Assert.DoesNotContain(plan, line => line.Contains("Sort"));
    }

    public static TheoryData<string> NullableDocumentColumns() =>
        new(typeof(DocumentRow).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => new NullabilityInfoContext().Create(p).WriteState == NullabilityState.Nullable).Select(p => p.Name));

    [Theory]
    [MemberData(nameof(NullableDocumentColumns))]
    public async Task Every_nullable_column_sorts_nulls_first_ascending_and_last_descending_in_every_page(string column)
    {
        await Registry();
        var url = $"/odata/Documents?$filter=startswith(Title,'{_prefix}')&$select=Title,{column}&$orderby={column}";

        var ascending = Values(await _feed.Pages(url), column);
        var descending = Values(await _feed.Pages(url + " desc"), column);
        var pagedAscending = Values(await _feed.Pages(url, maxPageSize: 1), column);
        var pagedDescending = Values(await _feed.Pages(url + " desc", maxPageSize: 1), column);

        Assert.Equal(4, ascending.Count);
        Assert.Equal(ascending.OrderBy(v => v is not null).Select(v => v is null), ascending.Select(v => v is null));
        Assert.Equal(descending.OrderBy(v => v is null).Select(v => v is null), descending.Select(v => v is null));
        Assert.Equal(ascending, pagedAscending);
        Assert.Equal(descending, pagedDescending);
    }

    private static List<string?> Values(List<JsonObject> pages, string column) =>
        pages.SelectMany(p => p["value"]!.AsArray()).Select(r => r![column]?.ToJsonString()).ToList();
}
