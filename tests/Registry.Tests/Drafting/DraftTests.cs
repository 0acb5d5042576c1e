namespace Registry.Tests.Drafting;

public sealed class DraftTests(RegistryApp app) : ApiTests(app)
{
    private static object Body(string title = "Riktlinje för SIP", string kind = "riktlinje", string[]? owners = null,
        Guid? parentId = null, string? officialTextUrl = null) =>
        new { title, kind, ownerBodies = owners ?? ["SRO"], parentId, officialTextUrl };

    private async Task<HttpResponseMessage> Post(object body) =>
        await Api.Http.PostAsync("/api/documents", ApiClient.Content(body), TestContext.Current.CancellationToken);

    private async Task Rejects(object body, string field, string message)
    {
        var problem = await ApiClient.ExpectProblem(await Post(body), HttpStatusCode.BadRequest);
        Assert.Equal(message, problem.Text("detail"));
        Assert.Equal(message, Assert.Single(problem["errors"]![field]!.AsArray())!.GetValue<string>());
    }

    [Fact]
    public async Task A_draft_records_its_facts_and_who_recorded_it()
    {
        var parent = await Api.Draft(kind: "avtal");
        var title = "Överenskommelse om in- och utskrivning " + Guid.NewGuid().ToString("N")[..6];

        var response = await Post(new
        {
            title = $"  {title} ",
            kind = "Overenskommelse",
            ownerBodies = new[] { "SRO", " VVG " },
            parentId = parent,
            officialTextUrl = "https://www.vardsamverkan.se/overenskommelse.pdf",
            requiresAllParties = true,
        });

        await ApiClient.Expect(response, HttpStatusCode.Created);
        var id = Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken)).Text("documentId"));
        Assert.Equal($"/api/documents/{id}", response.Headers.Location?.ToString());
        var document = await Api.Document(id);
        Assert.Equal("Utkast", document.Text("statusLabel"));
        var state = document["document"];
        Assert.Equal("draft", state.Text("status"));
        Assert.Equal(title, state.Text("title"));
        Assert.Equal("overenskommelse", state.Text("kind"));
        Assert.Equal(["SRO", "VVG"], state!["ownerBodies"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal(parent.ToString(), state.Text("parentId"));
        Assert.Equal("https://www.vardsamverkan.se/overenskommelse.pdf", state.Text("officialTextUrl"));
        Assert.True(state!["requiresAllParties"]!.GetValue<bool>());
        var drafted = await Api.LastEvent(id, "document_drafted");
        Assert.Equal("2026-11-22", drafted.Text("draftedOn"));
    }

    [Fact]
    public async Task An_unknown_kind_is_rejected_with_the_allowed_kinds() =>
        await Rejects(Body(kind: "policy"), "kind",
            "Okänd dokumenttyp \"policy\". Tillåtna: avtal, overenskommelse, riktlinje, handlingsplan, strategi, uppdragshandling, rutin, vårdprogram.");

    [Fact]
    public async Task A_kind_added_through_configuration_is_accepted()
    {
        var id = await Api.Draft(kind: "VÅRDPROGRAM");

        Assert.Equal("vårdprogram", (await Api.State(id)).Text("kind"));
    }

    [Fact]
    public async Task A_blank_title_is_rejected() => await Rejects(Body(title: "  "), "title", "Titel måste anges.");

    [Fact]
    public async Task A_draft_without_owner_bodies_is_rejected()
    {
        await Rejects(Body(owners: []), "ownerBodies", "Minst ett ägande organ måste anges.");
        await Rejects(Body(owners: [" "]), "ownerBodies", "Minst ett ägande organ måste anges.");
    }

    [Theory]
    [InlineData("www.vardsamverkan.se/sip.pdf")]
    [InlineData("/styrdokument/sip.pdf")]
    [InlineData("ftp://vardsamverkan.se/sip.pdf")]
    public async Task A_link_that_is_not_a_web_address_is_rejected(string url) =>
        await Rejects(Body(officialTextUrl: url), "officialTextUrl",
            "Länken till dokumentets text måste vara en fullständig adress (https://…).");

    [Fact]
    public async Task An_unknown_parent_document_is_rejected()
    {
        var unknown = Guid.NewGuid();
        await Rejects(Body(parentId: unknown), "parentId", $"Det refererade styrdokumentet {unknown} finns inte.");
    }

    [Fact]
    public async Task A_draft_without_a_title_field_gets_a_400_problem_naming_it()
    {
        var problem = await ApiClient.ExpectProblem(await Post(new { kind = "riktlinje", ownerBodies = new[] { "SRO" } }),
            HttpStatusCode.BadRequest);
        Assert.Equal("Ogiltig JSON", problem.Text("title"));
        Assert.Equal("Fältet title saknas.", problem.Text("detail"));
        Assert.NotNull(problem["errors"]!["title"]);
    }
}
