namespace Registry.Tests.OData;

/// <summary>
/// Server-driven paging by keyset: the next link carries a $skiptoken with the last row's position, so each page
/// reads only its own rows and rows inserted during a pull neither repeat nor hide others.
/// </summary>
public sealed class KeysetPagingTests(RegistryApp app) : ApiTests(app)
{
    private readonly ODataFeed _feed = new(app.Api().Http);
    private readonly string _prefix = ODataFeed.UniquePrefix("Nyckel");

    private async Task<List<string>> Documents(params string[] names)
    {
        var ids = new List<string>();
        foreach (var name in names) ids.Add((await Api.Draft($"{_prefix} {name}")).ToString());
        return ids;
    }

    private static List<string> Ids(JsonObject page) =>
        page["value"]!.AsArray().Select(r => r!["Id"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Rows_inserted_before_the_position_during_a_pull_neither_repeat_nor_hide_rows()
    {
        var existing = await Documents("b", "c", "d", "e", "f");
        var url = $"/odata/Documents?$filter=startswith(Title,'{_prefix}')&$orderby=Title&$select=Id,Title";

        var first = await _feed.Get(url, maxPageSize: 2);
        // Sorted before everything already sent: offset paging would send "c"/"d" again.
        await Documents("a1", "a2");
        var ids = Ids(first);
        for (var next = first["@odata.nextLink"]?.GetValue<string>(); next is not null;)
        {
            Assert.Contains("$skiptoken=", next);
            Assert.DoesNotContain("$skip=", next);
            var page = await _feed.Get(next, maxPageSize: 2);
            ids.AddRange(Ids(page));
            next = page["@odata.nextLink"]?.GetValue<string>();
        }

        Assert.Equal(existing, ids);
    }

    [Fact]
    public async Task Each_page_reads_only_its_own_rows_from_PostgreSQL()
    {
        await Documents("1", "2", "3", "4", "5", "6", "7");

        var pages = await _feed.Pages($"/odata/Documents?$filter=startswith(Title,'{_prefix}')&$select=Id", maxPageSize: 2);

        Assert.Equal([2, 2, 2, 1], pages.Select(p => p["value"]!.AsArray().Count));
        var reads = SqlLog.ReadsContaining(_prefix);
        Assert.Equal(4, reads.Count);
        Assert.All(reads, r => Assert.DoesNotContain("OFFSET", r.Sql));
        // The page and one row to tell whether another page follows, never the rows before it.
        Assert.Equal([3, 3, 3, 1], reads.Select(r => r.RowsRead));
    }

    [Fact]
    public async Task A_key_ordered_pull_of_a_child_set_with_a_composite_key_and_skip_is_complete()
    {
        var ids = await Documents("x", "y", "z");
        foreach (var id in ids) await Api.Ok(Guid.Parse(id), "enter-into-force", new { validFrom = "2025-01-01", validTo = "2027-12-31" });
        var filter = string.Join(" or ", ids.Select(id => $"DocumentId eq {id}"));

        var all = (await _feed.Pages($"/odata/LifecycleEvents?$filter={filter}&$select=Id", maxPageSize: 1))
            .SelectMany(Ids).ToList();
        var skipped = (await _feed.Pages($"/odata/LifecycleEvents?$filter={filter}&$select=Id&$skip=2", maxPageSize: 2))
            .SelectMany(Ids).ToList();
        var periods = await _feed.Pages($"/odata/ValidityPeriods?$filter={filter}&$select=DocumentId,Number", maxPageSize: 1);

        Assert.Equal(6, all.Count);
        Assert.Equal(6, all.Distinct().Count());
        Assert.Equal(all.Skip(2), skipped);
        Assert.Equal(3, periods.Count);
    }
}
