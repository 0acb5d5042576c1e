namespace Registry.Tests.OData;

/// <summary>Malformed, unsupported or abusive queries get a 400 with an OData error body, never a 500.</summary>
public sealed class BadQueryTests(RegistryApp app)
{
    [Theory]
    [InlineData("Documents?$filter=Title eq", "Expression expected")]
    [InlineData("Documents?$filter=NoSuchProperty eq 1", "NoSuchProperty")]
    [InlineData("Documents?$filter=ValidTo ge 2026-13-45", "")]
    [InlineData("Documents?$filter=ValidTo ge 'not a date'", "")]
    [InlineData("Documents?$filter=ExtensionCount div 0 eq 1", "")]
    [InlineData("Documents?$orderby=NoSuchProperty", "NoSuchProperty")]
    [InlineData("Documents?$top=-1", "$top")]
    [InlineData("Documents?$top=abc", "$top")]
    [InlineData("Documents?$top=1&$top=2", "$top")]
    [InlineData("Documents?$top=100000000", "limit")]
    [InlineData("Documents?$skip=x", "$skip")]
    [InlineData("Documents?$select=NoSuchProperty", "NoSuchProperty")]
    [InlineData("Documents?$expand=Parent", "Parent")]
    [InlineData("Documents?$expand=LifecycleEvents($expand=Document)", "too deep")]
    [InlineData("LifecycleEvents?$expand=Document($levels=max)", "")]
    [InlineData("Documents?$orderby=length(Title)", "$orderby")]
    [InlineData("Documents?$apply=groupby((Kind))", "Apply")]
    [InlineData("Documents?$search=avtal", "Search")]
    [InlineData("Documents?$skiptoken=abc", "$skiptoken")]
    [InlineData("Documents?$skiptoken=", "$skiptoken")]
    [InlineData("Documents?$skiptoken=WyJ4Il0&$orderby=ValidTo", "$skiptoken")]
    [InlineData("Documents?$count=maybe", "count")]
    [InlineData("Documents?$filter=geo.distance(Title,Title) eq 1", "geo.distance")]
    [InlineData("LifecycleEvents?$filter=RecordedAt ge 2026-01-01T25:00:00Z", "")]
    public async Task Bad_query_gets_400_with_an_OData_error(string url, string messagePart)
    {
        // Some errors (division by zero) only surface when PostgreSQL evaluates a row.
        await app.Api().Draft();
        var response = await app.Api().Http.GetAsync("/odata/" + url, TestContext.Current.CancellationToken);

        await ApiClient.Expect(response, HttpStatusCode.BadRequest);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["error"]!;
        Assert.False(string.IsNullOrWhiteSpace(error["code"]?.GetValue<string>()));
        Assert.Contains(messagePart, error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Filter_with_too_many_nodes_is_refused()
    {
        var clauses = string.Join(" or ", Enumerable.Range(0, 120).Select(i => $"ExtensionCount eq {i}"));

        var response = await app.Api().Http.GetAsync($"/odata/Documents?$filter={Uri.EscapeDataString(clauses)}", TestContext.Current.CancellationToken);

        await ApiClient.Expect(response, HttpStatusCode.BadRequest);
        Assert.Contains("node count", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
