using Microsoft.OData.Edm;

namespace Registry.Tests.OData;

/// <summary>
/// Whole-row pages are written directly as JSON (ADR 0033). They must be the very document the OData serializer
/// writes: the same annotations, rows, values and property order, for every entity set, as Power BI asks for them.
/// </summary>
public sealed class DirectJsonTests(RegistryApp app) : IAsyncLifetime
{
    private WebApplicationFactory<Program> _direct = null!;
    private WebApplicationFactory<Program> _serializer = null!;

    // Both hosts on a database of their own, so no other test class writes between the two reads compared.
    private ApiClient Api => TestAccounts.Api(_direct, app.Clock);

    private HttpClient Standard => TestAccounts.Api(_serializer, app.Clock).Http;

    public async ValueTask InitializeAsync()
    {
        var database = await app.CreateDatabaseAsync("direct_json_" + Guid.NewGuid().ToString("N")[..8]);
        _direct = app.Derive(database, app.Clock);
        _serializer = app.Derive(database, app.Clock, web => web.UseSetting("Registry:OData:DirectJson", "false"));
        await Documents();
    }

    public async ValueTask DisposeAsync()
    {
        await _direct.DisposeAsync();
        await _serializer.DisposeAsync();
    }

    private const string PowerBiAccept = "application/json;odata.metadata=minimal;q=1.0,application/json;odata=minimalmetadata;q=0.9," +
                                         "application/atomsvc+xml;q=0.8,application/atom+xml;q=0.8,application/xml;q=0.7,text/plain;q=0.7";

    public static TheoryData<string> Queries => new()
    {
        "",
        "?$count=true",
        "?$top=5",
        "?$skip=2",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Every_set_is_written_as_the_OData_serializer_writes_it(string query)
    {
        var standard = Standard;
        var sets = (await new StrictODataReader(Api.Http).Model()).EntityContainer.EntitySets().Select(s => s.Name).ToList();
        Assert.Contains("Documents", sets);

        foreach (var set in sets)
        {
            var direct = await Page(Api.Http, $"/odata/{set}{query}");
            var expected = await Page(standard, $"/odata/{set}{query}");
            Assert.Equal(expected.ContentType, direct.ContentType);
            SameDocument(expected.Body, direct.Body, set);
            if (query.Length == 0 && set is "Documents" or "ValidityPeriods" or "LifecycleEvents" or "Decisions")
                Assert.NotEmpty(direct.Body["value"]!.AsArray());
        }
    }

    [Fact]
    public async Task A_paged_date_filter_gives_the_same_pages_and_next_links()
    {
        var standard = Standard;
        string? next = "/odata/Documents?$filter=ValidTo ge 2020-01-01&$count=true";
        string? expectedNext = next;
        var pages = 0;
        while (next is not null)
        {
            var direct = await Page(Api.Http, next, maxPageSize: 2);
            var expected = await Page(standard, expectedNext!, maxPageSize: 2);
            SameDocument(expected.Body, direct.Body, "Documents");
            next = direct.Body["@odata.nextLink"]?.GetValue<string>();
            expectedNext = expected.Body["@odata.nextLink"]?.GetValue<string>();
            pages++;
        }
        Assert.True(pages > 1, "several pages");
    }

    [Fact]
    public async Task Strict_OData_readers_read_every_directly_written_set()
    {
        var reader = new StrictODataReader(Api.Http);
        foreach (var set in (await reader.Model()).EntityContainer.EntitySets())
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/odata/{set.Name}?$top=50");
            request.Headers.TryAddWithoutValidation("Accept", PowerBiAccept);
            var response = await Api.Http.SendAsync(request, TestContext.Current.CancellationToken);
            await reader.Feed(response, set.Name);
        }
    }

    [Theory]
    [InlineData("application/json;odata.metadata=full", "@odata.id")]
    [InlineData("application/json;odata.metadata=minimal;IEEE754Compatible=true", "\"Version\":\"")]
    public async Task Other_formats_still_go_through_the_serializer(string accept, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/odata/Documents?$top=1");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await Api.Http.SendAsync(request, TestContext.Current.CancellationToken);
        await ApiClient.Expect(response, HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(body.Contains(expected, StringComparison.Ordinal), body);
    }

    /// <summary>Documents with rows in the child sets: periods, an extension, events, decisions, a remiss.</summary>
    private async Task Documents()
    {
        foreach (var year in new[] { 2021, 2022, 2023, 2024 }) await Api.InForce("2020-01-01", $"{year}-12-31");
        var id = await Api.InForce("2020-01-01", "2023-12-31");
        await Api.Ok(id, "extend", new { newValidTo = "2026-12-31", decision = Decisions.Vvg("2023-12-15") });
        await Api.OnRemiss();
    }

    private static async Task<(string? ContentType, JsonObject Body)> Page(HttpClient http, string url, int? maxPageSize = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", PowerBiAccept);
        if (maxPageSize is { } size) request.Headers.TryAddWithoutValidation("Prefer", $"odata.maxpagesize={size}");
        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        await ApiClient.Expect(response, HttpStatusCode.OK);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        return (response.Content.Headers.ContentType?.ToString(), body);
    }

    private static void SameDocument(JsonObject expected, JsonObject actual, string set)
    {
        Assert.Equal(expected.Select(p => p.Key), actual.Select(p => p.Key));
        var (expectedRows, actualRows) = (expected["value"]!.AsArray(), actual["value"]!.AsArray());
        Assert.Equal(expectedRows.Count, actualRows.Count);
        for (var i = 0; i < expectedRows.Count; i++)
        {
            Assert.Equal(expectedRows[i]!.AsObject().Select(p => p.Key), actualRows[i]!.AsObject().Select(p => p.Key));
            Assert.True(JsonNode.DeepEquals(expectedRows[i], actualRows[i]),
                $"{set} row {i}:\n{expectedRows[i]!.ToJsonString()}\n{actualRows[i]!.ToJsonString()}");
        }
        foreach (var annotation in expected.Where(p => p.Key != "value"))
            Assert.Equal(annotation.Value!.ToJsonString(), actual[annotation.Key]!.ToJsonString());
    }
}
