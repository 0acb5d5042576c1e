namespace Registry.Tests.OData;

/// <summary>Server-driven paging: every row exactly once through @odata.nextLink, in a stable order.</summary>
public sealed class PagingTests(RegistryApp app) : ApiTests(app)
{
    private readonly ODataFeed _feed = new(app.Api().Http);
    private readonly string _prefix = ODataFeed.UniquePrefix("Sida");

    /// <summary>Seven documents, all with the same end date, so ordering by it alone would not be stable.</summary>
    private async Task<HashSet<string>> SevenDocuments()
    {
        var ids = new HashSet<string>();
        for (var i = 0; i < 7; i++)
        {
            var id = await Api.Draft($"{_prefix} {i}");
            await Api.Ok(id, "enter-into-force", new { validFrom = "2025-01-01", validTo = "2027-12-31" });
            ids.Add(id.ToString());
        }
        return ids;
    }

    private static List<string> Ids(IEnumerable<System.Text.Json.Nodes.JsonObject> pages) =>
        pages.SelectMany(p => p["value"]!.AsArray()).Select(r => r!["Id"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Following_next_links_yields_every_row_once_and_count_equals_their_number()
    {
        var created = await SevenDocuments();

        var pages = await _feed.Pages($"/odata/Documents?$filter=startswith(Title,'{_prefix}')&$count=true&$select=Id,Title", maxPageSize: 3);

        Assert.Equal([3, 3, 1], pages.Select(p => p["value"]!.AsArray().Count));
        Assert.NotNull(pages[0]["@odata.nextLink"]);
        Assert.Null(pages[^1]["@odata.nextLink"]);
        var ids = Ids(pages);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(created.SetEquals(ids));
        Assert.Equal(7, pages[0]["@odata.count"]!.GetValue<long>());
    }

    [Fact]
    public async Task Paging_an_order_with_ties_is_stable_and_complete()
    {
        var created = await SevenDocuments();
        var url = $"/odata/Documents?$filter=startswith(Title,'{_prefix}')&$orderby=ValidTo desc,Kind&$select=Id";

        var first = Ids(await _feed.Pages(url, maxPageSize: 2));
        var second = Ids(await _feed.Pages(url, maxPageSize: 2));
        var unpaged = Ids(await _feed.Pages(url));

        Assert.Equal(first, second);
        Assert.Equal(unpaged, first);
        Assert.True(created.SetEquals(first));
        Assert.Equal(7, first.Distinct().Count());
    }

    [Fact]
    public async Task Top_and_skip_are_respected_across_pages()
    {
        await SevenDocuments();
        var all = Ids(await _feed.Pages($"/odata/Documents?$filter=startswith(Title,'{_prefix}')&$orderby=Title&$select=Id"));

        var window = await _feed.Pages($"/odata/Documents?$filter=startswith(Title,'{_prefix}')&$orderby=Title&$select=Id&$skip=1&$top=5", maxPageSize: 2);

        Assert.Equal([2, 2, 1], window.Select(p => p["value"]!.AsArray().Count));
        Assert.Equal(all.Skip(1).Take(5), Ids(window));
    }

    [Fact]
    public async Task A_top_within_the_page_size_has_no_next_link()
    {
        await SevenDocuments();

        var page = await _feed.Get($"/odata/Documents?$filter=startswith(Title,'{_prefix}')&$top=7&$count=true", maxPageSize: 10);

        Assert.Equal(7, page["value"]!.AsArray().Count);
        Assert.Null(page["@odata.nextLink"]);
        Assert.Equal(7, page["@odata.count"]!.GetValue<long>());
    }

    [Fact]
    public async Task Count_alone_with_top_zero_returns_no_rows()
    {
        await SevenDocuments();

        var page = await _feed.Get($"/odata/Documents?$filter=startswith(Title,'{_prefix}')&$count=true&$top=0");

        Assert.Empty(page["value"]!.AsArray());
        Assert.Null(page["@odata.nextLink"]);
        Assert.Equal(7, page["@odata.count"]!.GetValue<long>());
    }

    [Fact]
    public async Task Count_segment_returns_the_filtered_number_as_text()
    {
        await SevenDocuments();

        var response = await App.Api().Http.GetAsync($"/odata/Documents/$count?$filter=startswith(Title,'{_prefix}')", TestContext.Current.CancellationToken);

        await ApiClient.Expect(response, System.Net.HttpStatusCode.OK);
        Assert.Equal("7", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
