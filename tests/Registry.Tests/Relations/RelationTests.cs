using Registry.Tests.OData;
using Registry.Tests.Ui;

namespace Registry.Tests.Relations;

/// <summary>Relations through the API, on both documents' pages, and in OData's Relations set.</summary>
public sealed class RelationTests(RegistryApp app) : ApiTests(app)
{
    private readonly ODataFeed _feed = new(app.Api().Http);

    [Fact]
    public async Task A_sub_agreement_is_related_to_its_agreement_in_the_api_and_in_odata()
    {
        var agreement = await Api.InForce(kind: "avtal");
        var sub = await Api.InForce(kind: "overenskommelse");

        await Api.Ok(sub, "add-relation", new
        {
            toId = agreement,
            kind = "subAgreementOf",
            source = new { body = "SRO", meetingDate = "2018-02-22", agendaItem = "2" },
            note = "Överenskommelse under HoS-avtalet",
        });

        var relation = Assert.Single((await Api.State(sub))["relations"]!.AsArray())!;
        Assert.Equal((agreement.ToString(), "subAgreementOf"), (relation.Text("toId"), relation.Text("kind")));
        var row = Assert.Single(await _feed.Rows($"/odata/Relations?$filter=ToId eq {agreement}"));
        Assert.Equal(sub.ToString(), row.Text("FromId"));
        Assert.Equal("SubAgreementOf", row.Text("Kind"));
        Assert.Equal("Underavtal till", row.Text("KindLabel"));
        Assert.Equal("Har underavtal", row.Text("InverseLabel"));
        Assert.Equal("SRO 2018-02-22 punkt 2", row.Text("Source"));
        var expanded = await _feed.Get($"/odata/Documents({sub})?$expand=Relations($select=ToId,KindLabel)");
        Assert.Equal(agreement.ToString(), Assert.Single(expanded["Relations"]!.AsArray())!.Text("ToId"));
    }

    [Fact]
    public async Task The_parent_and_the_successor_are_relations_in_odata()
    {
        var parent = await Api.InForce(kind: "avtal");
        var old = await Api.InForce(draft: new { parentId = parent });
        var successor = await Api.Draft();
        await Api.Ok(old, "supersede", new { supersededById = successor, supersededOn = "2022-01-01" });

        var rows = await _feed.Rows($"/odata/Relations?$filter=FromId eq {old}&$orderby=Kind");
        Assert.Equal([("BelongsTo", parent.ToString(), "Hör till"), ("ReplacedBy", successor.ToString(), "Ersatt av")],
            rows.Select(r => (r.Text("Kind"), r.Text("ToId"), r.Text("KindLabel"))));
    }

    [Fact]
    public async Task A_relation_to_an_unknown_document_is_a_400_naming_the_field()
    {
        var id = await Api.InForce();
        var unknown = Guid.NewGuid();

        await Api.Rejects(id, "add-relation", new { toId = unknown, kind = "appendixTo" }, "toId",
            $"Det refererade styrdokumentet {unknown} finns inte.");
    }

    [Fact]
    public async Task A_relation_to_itself_is_a_400_naming_the_field()
    {
        var id = await Api.InForce();

        await Api.Rejects(id, "add-relation", new { toId = id, kind = "appendixTo" }, "toId", "Ett dokument kan inte relatera till sig självt.");
    }

    [Fact]
    public async Task A_removed_relation_leaves_odata_and_stays_in_the_history()
    {
        var agreement = await Api.InForce(kind: "avtal");
        var appendix = await Api.Draft();
        await Api.Ok(appendix, "add-relation", new { toId = agreement, kind = "appendixTo" });

        await Api.Ok(appendix, "remove-relation", new { toId = agreement, kind = "appendixTo", reason = "Fel avtal" });

        Assert.Empty(await _feed.Rows($"/odata/Relations?$filter=FromId eq {appendix}"));
        Assert.Equal(["document_drafted", "relation_added", "relation_removed"], await Api.HistoryTypes(appendix));
    }

    [Fact]
    public async Task Both_documents_show_the_family_in_swedish()
    {
        var agreement = await Api.InForce(kind: "avtal");
        var guideline = await Api.InForce();
        await Api.Ok(guideline, "add-relation", new { toId = agreement, kind = "belongsTo" });
        var agreementTitle = (await Api.State(agreement)).Text("title");
        var guidelineTitle = (await Api.State(guideline)).Text("title");

        var ui = UiClient.For(App);
        await ui.SignIn(TestAccounts.Reader);
        var guidelinePage = await Page(ui, guideline);
        var agreementPage = await Page(ui, agreement);

        Assert.Contains("Dokumentfamilj", guidelinePage);
        Assert.Contains($"<td>Hör till</td><td><a href=\"/dokument/{agreement}\">{agreementTitle}</a></td>", guidelinePage);
        Assert.Contains($"<td>Har tillhörande dokument</td><td><a href=\"/dokument/{guideline}\">{guidelineTitle}</a></td>", agreementPage);
    }

    private static async Task<string> Page(UiClient ui, Guid id)
    {
        var response = await ui.Http.GetAsync($"/dokument/{id}", TestContext.Current.CancellationToken);
        await ApiClient.Expect(response, HttpStatusCode.OK);
        return await ui.Html(response);
    }
}
