using Microsoft.OData.Edm;

namespace Registry.Tests.OData;

/// <summary>
/// Documents and their rows are related in $metadata (navigation properties with referential constraints, which
/// Power BI turns into relationships), expandable one level in PostgreSQL, and each row is addressable by key.
/// </summary>
public sealed class RelationshipTests(RegistryApp app) : ApiTests(app)
{
    private readonly StrictODataReader _reader = new(app.Api().Http);
    private readonly string _prefix = ODataFeed.UniquePrefix("Relation");

    private static readonly string[] ChildSets = ["ValidityPeriods", "LifecycleEvents", "Decisions", "Consultations", "ConsultationResponses", "Warnings", "PartyStatus", "FollowUps"];

    private Task<HttpResponseMessage> Get(string url) => Api.Http.GetAsync(url, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Every_child_set_refers_to_its_document_with_a_referential_constraint()
    {
        var model = await _reader.Model();
        var documents = model.EntityContainer.FindEntitySet("Documents");

        foreach (var set in ChildSets)
        {
            var child = model.EntityContainer.FindEntitySet(set);
            var navigation = child.EntityType.FindProperty("Document") as IEdmNavigationProperty;
            Assert.NotNull(navigation);
            Assert.Equal("Document", navigation.ToEntityType().Name);
            var constraint = Assert.Single(navigation.ReferentialConstraint.PropertyPairs);
            Assert.Equal(("DocumentId", "Id"), (constraint.DependentProperty.Name, constraint.PrincipalProperty.Name));
            Assert.Equal(documents, child.FindNavigationTarget(navigation));
            var reverse = documents.EntityType.FindProperty(set) as IEdmNavigationProperty;
            Assert.NotNull(reverse);
            Assert.True(reverse.Type.IsCollection());
            Assert.Equal(navigation, reverse.Partner);
        }
    }

    [Fact]
    public async Task Expand_with_nested_select_filter_and_orderby_runs_in_one_query_per_set()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var id = await Api.Draft($"{_prefix} {i}");
            await Api.Ok(id, "enter-into-force", new { validFrom = "2025-01-01", validTo = "2027-12-31" });
            await Api.Ok(id, "extend", new { newValidTo = "2028-12-31", decision = Decisions.Vvg("2027-11-15", "7") });
            ids.Add(id);
        }

        var response = await Get($"/odata/Documents?$filter=startswith(Title,'{_prefix}')&$select=Id,Title" +
            "&$expand=LifecycleEvents($select=Sequence,Type;$filter=Sequence gt 1;$orderby=Sequence desc),ValidityPeriods($select=Number)");
        await ApiClient.Expect(response, HttpStatusCode.OK);
        var rows = await _reader.Feed(response, "Documents");

        Assert.Equal(3, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.Equal([3L, 2L], row.Expanded["LifecycleEvents"].Select(e => Convert.ToInt64(e.Properties.OfType<Microsoft.OData.ODataProperty>().Single(p => p.Name == "Sequence").Value)));
            Assert.Equal(["Sequence", "Type"], row.Expanded["LifecycleEvents"][0].Properties.OfType<Microsoft.OData.ODataProperty>().Select(p => p.Name).Order());
            Assert.Equal(2, row.Expanded["ValidityPeriods"].Count);
        });
        // The documents, then one query per expanded set: never one per row.
        var reads = SqlLog.ReadsContaining(_prefix);
        Assert.Equal(3, reads.Count);
        Assert.Contains(reads, r => r.Sql.Contains("registry.odata_lifecycle_events") && r.Sql.Contains("> 1") && r.Sql.Contains("DESC"));
    }

    [Fact]
    public async Task A_child_row_expands_its_document()
    {
        var id = await Api.Draft($"{_prefix} barn");

        var response = await Get($"/odata/LifecycleEvents?$filter=DocumentId eq {id}&$expand=Document($select=Title)");
        await ApiClient.Expect(response, HttpStatusCode.OK);
        var row = Assert.Single(await _reader.Feed(response, "LifecycleEvents"));

        var document = Assert.Single(row.Expanded["Document"]);
        Assert.Equal($"{_prefix} barn", document.Properties.OfType<Microsoft.OData.ODataProperty>().Single().Value);
    }

    [Fact]
    public async Task Rows_are_read_by_key_simple_and_composite()
    {
        var id = await Api.Draft($"{_prefix} nyckel");
        await Api.Ok(id, "enter-into-force", new { validFrom = "2025-01-01", validTo = "2027-12-31" });

        var document = await Get($"/odata/Documents({id})?$select=Title&$expand=ValidityPeriods");
        var period = await Get($"/odata/ValidityPeriods(DocumentId={id},Number=1)");
        await ApiClient.Expect(document, HttpStatusCode.OK);
        await ApiClient.Expect(period, HttpStatusCode.OK);

        var row = await _reader.Entity(document, "Documents");
        Assert.Equal($"{_prefix} nyckel", row["Title"]);
        Assert.Single(row.Expanded["ValidityPeriods"]);
        Assert.Equal("2027-12-31", (await _reader.Entity(period, "ValidityPeriods"))["ValidTo"]?.ToString());
    }

    [Theory]
    [InlineData("/odata/Documents(00000000-0000-0000-0000-000000000001)")]
    [InlineData("/odata/ValidityPeriods(DocumentId=00000000-0000-0000-0000-000000000001,Number=9)")]
    [InlineData("/odata/ConsultationResponses(DocumentId=00000000-0000-0000-0000-000000000001,ConsultationNumber=1,Recipient='Borås')")]
    [InlineData("/odata/Documents(guid'not-a-key')")]
    [InlineData("/odata/NoSuchSet")]
    public async Task A_key_without_a_row_is_a_404_OData_error(string url)
    {
        var response = await Get(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("4.0", response.Headers.GetValues("OData-Version").Single());
        var error = await StrictODataReader.Error(response);
        Assert.Equal("NotFound", error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }
}
