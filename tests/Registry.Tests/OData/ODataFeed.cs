namespace Registry.Tests.OData;

/// <summary>Reads the OData feed as Excel or Power BI would: GET, JSON, follow @odata.nextLink.</summary>
public sealed class ODataFeed(HttpClient http)
{
    public async Task<JsonObject> Get(string url, int? maxPageSize = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (maxPageSize is { } size) request.Headers.TryAddWithoutValidation("Prefer", $"odata.maxpagesize={size}");
        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        await ApiClient.Expect(response, HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
    }

    public async Task<List<JsonObject>> Rows(string url) =>
        (await Get(url))["value"]!.AsArray().Select(r => r!.AsObject()).ToList();

    /// <summary>Every page, following the next links from the first URL.</summary>
    public async Task<List<JsonObject>> Pages(string url, int? maxPageSize = null)
    {
        var pages = new List<JsonObject>();
        string? next = url;
        while (next is not null)
        {
            var page = await Get(next, maxPageSize);
            pages.Add(page);
            next = page["@odata.nextLink"]?.GetValue<string>();
            Assert.True(pages.Count < 100, "The next links do not end.");
        }
        return pages;
    }

    /// <summary>A title prefix no other test uses, to pick this test's documents out of the shared database.</summary>
    public static string UniquePrefix(string name) => $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)];
}
