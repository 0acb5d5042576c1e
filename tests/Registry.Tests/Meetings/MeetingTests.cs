using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Registry.Tests.OData;

namespace Registry.Tests.Meetings;

/// <summary>A whole meeting recorded in one go through <c>POST /api/meetings</c> (ADR 0025).</summary>
public sealed class MeetingTests(RegistryApp app) : ApiTests(app)
{
    /// <summary>A body no other test uses, so its meetings are this test's own.</summary>
    private static string Body() => "Styrgrupp " + Guid.NewGuid().ToString("N")[..8];

    private async Task<HttpResponseMessage> Post(object meeting, string path = "/api/meetings") =>
        await Api.Http.PostAsync(path, ApiClient.Content(meeting), TestContext.Current.CancellationToken);

    private static object Meeting(string body, params object[] points) =>
        new { body, date = "2023-12-15", recordKind = "minnesanteckningar", link = "https://vardsamverkan.se/anteckningar.pdf", points };

    [Fact]
    public async Task A_meeting_records_every_position_on_every_document_with_the_point_as_source()
    {
        var body = Body();
        var extended = await Api.InForce();
        var noted = await Api.InForce();
        var meeting = Meeting(body,
            new { number = "5", title = "Förlängning", presenter = "Malin", positions = new[] { new { outcome = "endorsed", documentIds = new[] { extended }, wording = "VVG ställer sig bakom förlängning" } } },
            new { number = "9", title = "Ny uppdragshandling", positions = new object[] { new { outcome = "endorsed", newDocuments = new[] { new { title = "Uppdragshandling LSS " + body, kind = "uppdragshandling" } } } } },
            new { number = "4", title = "Nulägesrapport", positions = new[] { new { outcome = "noted", documentIds = new[] { noted } } } },
            new { number = "7", title = "PFIK", positions = new[] { new { outcome = "noted" } } });

        var response = await Post(meeting);

        await ApiClient.Expect(response, HttpStatusCode.Created);
        var result = (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        var meetingId = result.Text("meetingId");
        Assert.Equal($"/api/meetings/{meetingId}", response.Headers.Location?.OriginalString);
        Assert.Equal(3, result["documents"]!.AsArray().Count);
        var position = (await Api.History(extended))[^1]!;
        Assert.Equal("document_endorsed", position.Text("type"));
        Assert.Equal($"{body} 2023-12-15 punkt 5", position.Text("source"));
        Assert.Equal(meetingId, position["data"]!.Text("meetingId"));
        Assert.Equal("VVG ställer sig bakom förlängning", position["data"]!.Text("wording"));
        Assert.Equal(meetingId, position["data"]!["source"]!.Text("meetingId"));
        var state = await Api.State(extended);
        JsonAssert.Decision(state["lastDecision"], body, "2023-12-15", "5");
        // The information point shows in the history but changes neither status nor latest decision.
        var info = await Api.State(noted);
        Assert.Equal("inForce", info.Text("status"));
        Assert.True(info.IsNull("lastDecision"));
        Assert.Equal("document_endorsed", (await Api.History(noted))[^1].Text("type"));
        var created = result["documents"]!.AsArray().Single(d => d!["new"]!.GetValue<bool>())!;
        var newState = await Api.State(Guid.Parse(created.Text("documentId")));
        Assert.Equal("endorsed", newState.Text("status"));
        Assert.Equal([body], newState["ownerBodies"]!.AsArray().Select(o => o!.GetValue<string>()));
        var read = await Api.Http.GetFromJsonAsync<JsonObject>($"/api/meetings/{meetingId}", TestContext.Current.CancellationToken);
        Assert.Equal(["5", "9", "4", "7"], read!["points"]!.AsArray().Select(p => p.Text("number")));
    }

    [Fact]
    public async Task The_same_meeting_twice_is_a_409_pointing_to_the_first_and_records_nothing_more()
    {
        var body = Body();
        var id = await Api.InForce();
        var meeting = Meeting(body, new { number = "5", title = "Förlängning", positions = new[] { new { outcome = "endorsed", documentIds = new[] { id } } } });
        var first = (await (await Post(meeting)).Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!.Text("meetingId");
        var before = (await Api.History(id)).Count;

        var again = await Post(meeting);

        var problem = await ApiClient.ExpectProblem(again, HttpStatusCode.Conflict);
        Assert.Equal(first, problem.Text("meetingId"));
        Assert.Equal($"/api/meetings/{first}", again.Headers.Location?.OriginalString);
        Assert.Equal($"Sammanträdet {body} 2023-12-15 är redan registrerat. Se /api/meetings/{first}.", problem.Text("detail"));
        Assert.Equal(before, (await Api.History(id)).Count);
    }

    [Fact]
    public async Task An_unknown_document_in_a_point_is_a_400_naming_the_point_and_nothing_is_recorded()
    {
        var body = Body();
        var known = await Api.InForce();
        var unknown = Guid.NewGuid();
        var meeting = Meeting(body,
            new { number = "5", title = "Förlängning", positions = new[] { new { outcome = "endorsed", documentIds = new[] { known } } } },
            new { number = "6", title = "Okänt", positions = new[] { new { outcome = "endorsed", documentIds = new[] { unknown } } } });
        var before = (await Api.History(known)).Count;

        var problem = await ApiClient.ExpectProblem(await Post(meeting), HttpStatusCode.BadRequest);

        var message = $"Punkt 6: styrdokumentet {unknown} finns inte.";
        Assert.Equal(message, problem.Text("detail"));
        Assert.Equal(message, problem["errors"]!["points[1].positions[0].documentIds[0]"]![0]!.GetValue<string>());
        Assert.Equal(before, (await Api.History(known)).Count);
        await ApiClient.ExpectProblem(await Api.Http.GetAsync($"/api/meetings/{Registry.DemoData.DemoRegistry.MeetingIdFor(body, "2023-12-15")}",
            TestContext.Current.CancellationToken), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_half_valid_meeting_records_nothing_and_names_the_point_and_the_rule()
    {
        var body = Body();
        var valid = await Api.InForce();
        var withdrawn = await Api.Draft();
        await Api.Ok(withdrawn, "withdraw", new { withdrawnOn = "2023-01-01" });
        var title = "Ny riktlinje " + body;
        var meeting = Meeting(body,
            new { number = "5", title = "Förlängning", positions = new object[] { new { outcome = "endorsed", documentIds = new[] { valid }, newDocuments = new[] { new { title, kind = "riktlinje" } } } } },
            new { number = "6", title = "Återkallad", positions = new[] { new { outcome = "endorsed", documentIds = new[] { withdrawn } } } });
        var before = (await Api.History(valid)).Count;

        var problem = await ApiClient.ExpectProblem(await Post(meeting), HttpStatusCode.BadRequest);

        Assert.Equal("Punkt 6: Styrdokumentet har status \"Återkallat\" och kan inte ändras.", problem.Text("detail"));
        Assert.NotNull(problem["errors"]!["points[1].positions[0].status"]);
        Assert.Equal(before, (await Api.History(valid)).Count);
        var titles = await Api.Http.GetFromJsonAsync<JsonArray>("/api/documents", TestContext.Current.CancellationToken);
        Assert.DoesNotContain(titles!, d => d.Text("title") == title);
    }

    [Fact]
    public async Task The_preview_shows_what_would_be_recorded_and_records_nothing()
    {
        var body = Body();
        var id = await Api.InForce();
        var meeting = Meeting(body, new { number = "5", title = "Förlängning", positions = new[] { new { outcome = "handedToPrincipals", documentIds = new[] { id } } } });

        var response = await Post(meeting, "/api/meetings/preview");

        await ApiClient.Expect(response, HttpStatusCode.OK);
        var preview = (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
        Assert.Contains("Överlämnar till huvudmännen för beslut", preview["documents"]![0]!["changes"]![0]!.GetValue<string>());
        Assert.Equal("document_entered_into_force", (await Api.History(id))[^1].Text("type"));
        await ApiClient.Expect(await Post(meeting), HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("{\"body\":\"\",\"date\":\"2023-12-15\",\"points\":[{\"number\":\"1\",\"title\":\"A\"}]}", "body", "Organ måste anges.")]
    [InlineData("{\"body\":\"SRO\",\"date\":\"2023-12-15\",\"points\":[]}", "points", "Minst en punkt måste anges.")]
    [InlineData("{\"body\":\"SRO\",\"date\":\"2023-12-15\",\"points\":[{\"number\":\"1\",\"title\":\"A\"},{\"number\":\"1\",\"title\":\"B\"}]}", "points[1].number", "Punkt 1 finns två gånger.")]
    [InlineData("{\"body\":\"SRO\",\"date\":\"2023-12-15\",\"points\":[{\"number\":\"1\",\"title\":\"A\"}],\"datePrecision\":\"unknown\"}", "datePrecision", "Mötesdatumet måste anges (med precision dag, månad, år eller ungefärligt).")]
    [InlineData("{\"body\":\"SRO\",\"date\":\"2023-12-15\",\"points\":[{\"number\":\"1\",\"title\":\"A\"}],\"link\":\"/x\"}", "link", "Länken till anteckningarna måste vara en fullständig adress (https://…).")]
    [InlineData("{\"body\":\"SRO\",\"date\":\"2023-12-15\",\"points\":[{\"number\":\"1\",\"titel\":\"A\"}]}", "points[0].titel", "Fältet points[0].titel finns inte för det här steget. Kontrollera stavningen; okända fält sparas aldrig.")]
    [InlineData("{\"body\":\"SRO\",\"date\":\"2500-01-01\",\"points\":[{\"number\":\"1\",\"title\":\"A\"}]}", "date", "Mötesdatumet ligger utanför 1900–2200.")]
    [InlineData("{\"body\":\"SRO\",\"date\":\"2023-12-15\",\"points\":[{\"number\":\"1\",\"title\":\"A\",\"positions\":[null]}]}", "points[0].positions[0]", "Ställningstagandet saknas.")]
    public async Task Bad_meeting_input_is_a_400_naming_the_field(string json, string field, string message)
    {
        var problem = await ApiClient.ExpectProblem(await Post(json), HttpStatusCode.BadRequest);

        Assert.Equal(message, problem.Text("detail"));
        Assert.Equal(message, problem["errors"]![field]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_wording_longer_than_the_bound_is_a_400_naming_it()
    {
        var meeting = Meeting(Body(), new { number = "5", title = "A", positions = new[] { new { outcome = "noted", wording = new string('x', 10_001) } } });

        var problem = await ApiClient.ExpectProblem(await Post(meeting), HttpStatusCode.BadRequest);

        Assert.Equal("Texten är för lång (högst 10000 tecken).", problem["errors"]!["points[0].positions[0].wording"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task The_OData_feed_has_the_meeting_its_points_and_its_positions_with_Swedish_labels()
    {
        var body = Body();
        var id = await Api.InForce();
        var meeting = Meeting(body,
            new { number = "5", title = "Förlängning", positions = new[] { new { outcome = "recommendedToEnterAgreement", documentIds = new[] { id }, wording = "SRO rekommenderar" } } },
            new { number = "11a", title = "Direktinläggning", positions = new[] { new { outcome = "struck" } } });
        var meetingId = (await (await Post(meeting)).Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!.Text("meetingId");
        var feed = new ODataFeed(Api.Http);

        var meetings = await feed.Rows($"/odata/Meetings?$filter=Id eq {meetingId}");
        var points = await feed.Rows($"/odata/AgendaItems?$filter=MeetingId eq {meetingId}&$orderby=Number");
        var positions = await feed.Rows($"/odata/Positions?$filter=MeetingId eq {meetingId}&$orderby=AgendaItemNumber desc");
        var decisions = await feed.Rows($"/odata/Decisions?$filter=DocumentId eq {id} and Kind eq 'Endorsement'");
        var events = await feed.Rows($"/odata/LifecycleEvents?$filter=DocumentId eq {id}&$orderby=Sequence");

        var row = Assert.Single(meetings);
        Assert.Equal(body, row.Text("Body"));
        Assert.Equal("2023-12-15", row.Text("Date"));
        Assert.Equal("Day", row.Text("DatePrecision"));
        Assert.Equal("Minnesanteckningar", row.Text("RecordKindLabel"));
        Assert.Equal(2, row.Number("AgendaItemCount"));
        Assert.Equal(["11a", "5"], points.Select(p => p.Text("Number")));
        Assert.Equal(["5", "11a"], positions.Select(p => p.Text("AgendaItemNumber")));
        Assert.Equal(id.ToString(), positions[0].Text("DocumentId"));
        Assert.Equal("RecommendedToEnterAgreement", positions[0].Text("Outcome"));
        Assert.Equal("Rekommenderar huvudmännen att träffa avtal", positions[0].Text("OutcomeLabel"));
        Assert.Equal("SRO rekommenderar", positions[0].Text("Wording"));
        Assert.Equal("Utgår", positions[1].Text("OutcomeLabel"));
        Assert.True(positions[1].IsNull("DocumentId"));
        var decision = Assert.Single(decisions);
        Assert.Equal($"{body} 2023-12-15 punkt 5", decision.Text("Source"));
        Assert.Equal(meetingId, decision.Text("SourceMeetingId"));
        Assert.Equal("Ställningstagande", decision.Text("KindLabel"));
        Assert.Equal("Day", decision.Text("MeetingDatePrecision"));
        Assert.Equal("källa saknas", events[0].Text("Source"));
        Assert.Equal($"{body} 2023-12-15 punkt 5", events[^1].Text("Source"));
        Assert.Equal("Day", events[^1].Text("BusinessDatePrecision"));
    }
}
