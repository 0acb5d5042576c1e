using Registry.Tests.OData;

namespace Registry.Tests.Remiss;

public sealed class RemissPackageTests(RegistryApp app) : ApiTests(app)
{
    private const string Name = "HoS-avtal med tillhörande överenskommelser";

    private async Task<HttpResponseMessage> Send(params Guid[] ids) => await Send(new
    {
        name = Name,
        documentIds = ids,
        sentOn = "2021-10-01",
        responseDeadline = "2021-12-31",
        recipients = new[] { "VGR", "Borås" },
        otherRecipients = new[] { "Hälso- och sjukvårdsstyrelsen" },
        source = new { body = "SRO", meetingDate = "2021-11-19", agendaItem = "9" },
    });

    private async Task<HttpResponseMessage> Send(object body) =>
        await Api.Http.PostAsync("/api/remiss-packages", ApiClient.Content(body), TestContext.Current.CancellationToken);

    private async Task<Guid> Sent(params Guid[] ids)
    {
        var response = await Send(ids);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["packageId"]!.GetValue<Guid>();
    }

    [Fact]
    public async Task One_remiss_over_several_documents_is_recorded_on_each_with_the_package()
    {
        var agreement = await Api.Draft("Hälso- och sjukvårdsavtalet", kind: "avtal");
        var overenskommelse = await Api.Draft("Överenskommelse om samverkan vid in- och utskrivning", kind: "overenskommelse");

        var response = await Send(agreement, overenskommelse);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        var packageId = result["packageId"]!.GetValue<Guid>();
        Assert.Equal($"/api/remiss-packages/{packageId}", response.Headers.Location!.OriginalString);
        Assert.Equal([agreement, overenskommelse], result["documents"]!.AsArray().Select(d => d!["documentId"]!.GetValue<Guid>()));
        foreach (var id in new[] { agreement, overenskommelse })
        {
            var state = await Api.Document(id);
            Assert.Equal("På remiss", state.Text("statusLabel"));
            var round = state["document"]!["openConsultation"]!;
            Assert.Equal(["Västra Götalandsregionen", "Borås", "Hälso- och sjukvårdsstyrelsen"], round["recipients"]!.AsArray().Select(r => r!.GetValue<string>()));
            Assert.Equal(Name, round["package"]!.Text("name"));
            Assert.Equal([agreement, overenskommelse], round["package"]!["documents"]!.AsArray().Select(d => d!.GetValue<Guid>()));
            Assert.Equal(packageId, (await Api.LastEvent(id, "remiss_sent"))["package"]!["id"]!.GetValue<Guid>());
        }

        var rows = await new ODataFeed(Api.Http).Rows($"/odata/Consultations?$filter=PackageId eq {packageId}&$orderby=DocumentTitle");
        Assert.Equal(["Hälso- och sjukvårdsavtalet", "Överenskommelse om samverkan vid in- och utskrivning"], rows.Select(r => r.Text("DocumentTitle")));
        Assert.All(rows, r => Assert.Equal(Name, r.Text("PackageName")));
        Assert.All(rows, r => Assert.Equal(2, r["PackageSize"]!.GetValue<int>()));

        var package = await Api.Http.GetFromJsonAsync<JsonObject>($"/api/remiss-packages/{packageId}", TestContext.Current.CancellationToken);
        Assert.Equal(Name, package.Text("name"));
        Assert.Equal([agreement, overenskommelse], package!["documents"]!.AsArray().Select(d => d!["documentId"]!.GetValue<Guid>()));
        Assert.Equal(3, package["documents"]![0]!["missingResponders"]!.AsArray().Count);

        var page = await Api.Http.GetStringAsync($"/dokument/{agreement}", TestContext.Current.CancellationToken);
        Assert.Contains("Ingår i remisspaketet <strong>HoS-avtal med tillhörande överenskommelser</strong> (2 styrdokument)", page);
        Assert.Contains($"<a href=\"/dokument/{overenskommelse}\">Överenskommelse om samverkan vid in- och utskrivning</a>", page);
    }

    [Fact]
    public async Task A_response_and_a_conference_recorded_once_for_the_package_apply_to_every_member()
    {
        var first = await Api.Draft(kind: "avtal");
        var second = await Api.Draft();
        var packageId = await Sent(first, second);

        var answered = await Api.Http.PostAsync($"/api/remiss-packages/{packageId}/responses",
            ApiClient.Content(new { recipient = "Borås kommun", stance = "approveWithComments", respondedOn = "2021-12-01" }), TestContext.Current.CancellationToken);
        var conference = await Api.Http.PostAsync($"/api/remiss-packages/{packageId}/conferences",
            ApiClient.Content(new { heldOn = "2021-10-12", description = "Remisskonferens", precision = new { heldOn = "day" } }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, conference.StatusCode);
        foreach (var id in new[] { first, second })
        {
            var round = (await Api.State(id))["openConsultation"]!;
            Assert.Equal(["Västra Götalandsregionen", "Hälso- och sjukvårdsstyrelsen"], round["missingResponders"]!.AsArray().Select(r => r!.GetValue<string>()));
            Assert.Equal("Remisskonferens", Assert.Single(round["conferences"]!.AsArray())!.Text("description"));
        }
    }

    [Fact]
    public async Task A_member_that_cannot_go_on_remiss_is_a_409_naming_it_and_nothing_is_recorded_on_any_member()
    {
        var draft = await Api.Draft();
        var inForce = await Api.InForce();
        var before = await Api.Version(draft);

        var problem = await ApiClient.ExpectProblem(await Send(draft, inForce), HttpStatusCode.Conflict);

        var message = (await Api.State(inForce)).Text("title") + ": Remiss kan bara skickas för ett utkast eller en pågående revidering.";
        Assert.Equal(message, Assert.Single(problem["errors"]!["documentIds[1]"]!.AsArray())!.GetValue<string>());
        Assert.Equal(before, await Api.Version(draft));
        Assert.Equal("Utkast", (await Api.Document(draft)).Text("statusLabel"));
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_and_nothing_is_recorded()
    {
        var draft = await Api.Draft();

        await ApiClient.ExpectProblem(await Send(draft, Guid.NewGuid()), HttpStatusCode.NotFound);

        Assert.Equal("Utkast", (await Api.Document(draft)).Text("statusLabel"));
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field()
    {
        var first = await Api.Draft();
        var second = await Api.Draft();

        var noName = await ApiClient.ExpectProblem(await Send(new { name = " ", documentIds = new[] { first, second }, sentOn = "2021-10-01", responseDeadline = "2021-12-31" }),
            HttpStatusCode.BadRequest);
        var one = await ApiClient.ExpectProblem(await Send(new { name = Name, documentIds = new[] { first }, sentOn = "2021-10-01", responseDeadline = "2021-12-31" }),
            HttpStatusCode.BadRequest);
        var deadline = await ApiClient.ExpectProblem(await Send(new { name = Name, documentIds = new[] { first, second }, sentOn = "2021-10-01", responseDeadline = "2021-09-30" }),
            HttpStatusCode.BadRequest);

        Assert.NotNull(noName["errors"]!["name"]);
        Assert.NotNull(one["errors"]!["documentIds"]);
        Assert.NotNull(deadline["errors"]!["responseDeadline"]);
        Assert.Equal("Utkast", (await Api.Document(first)).Text("statusLabel"));
    }

    [Fact]
    public async Task An_unknown_package_is_a_404()
    {
        await ApiClient.ExpectProblem(await Api.Http.GetAsync($"/api/remiss-packages/{Guid.NewGuid()}", TestContext.Current.CancellationToken), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblem(await Api.Http.PostAsync($"/api/remiss-packages/{Guid.NewGuid()}/responses",
            ApiClient.Content(new { recipient = "Ale", stance = "approve", respondedOn = "2021-12-01" }), TestContext.Current.CancellationToken), HttpStatusCode.NotFound);
    }
}
