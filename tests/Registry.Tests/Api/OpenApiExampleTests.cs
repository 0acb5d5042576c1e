namespace Registry.Tests.Api;

/// <summary>
/// The reference's examples (issue 19): every operation with a request body has one for each of its content types,
/// every error status an operation lists has its problem body, and those bodies are what the app really sends —
/// provoked here over HTTP and compared by title and members. The licence and contact lead to a page that exists.
/// </summary>
public sealed class OpenApiExampleTests(RegistryApp app)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    /// <summary>Members the app adds per request (where and which trace), which an example cannot know.</summary>
    private static readonly string[] PerRequest = ["type", "instance", "traceId"];

    private async Task<JsonNode> Document() =>
        JsonNode.Parse(await app.AnonymousApi().Http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;

    private static IEnumerable<(string Name, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(o => Methods.Contains(o.Key))
            .Select(o => ($"{o.Key.ToUpperInvariant()} {path.Key}", o.Value!)));

    [Fact]
    public async Task Every_request_body_every_answer_and_every_listed_error_status_has_an_example()
    {
        var missing = new List<string>();
        foreach (var (name, operation) in Operations(await Document()))
        {
            foreach (var (type, media) in operation["requestBody"]?["content"]?.AsObject() ?? [])
                if (media!["example"] is null && media["examples"] is null) missing.Add($"{name}: request {type}");
            foreach (var (status, response) in operation["responses"]!.AsObject())
            {
                if (status is "200" or "201")
                    foreach (var (type, media) in response!["content"]?.AsObject() ?? [])
                        if (type.Contains("json", StringComparison.Ordinal) && media!["example"] is null && media["examples"] is null)
                            missing.Add($"{name}: {status} {type}");
                if (status[0] is not ('4' or '5')) continue;
                var content = response!["content"]?.AsObject();
                if (content is null || content.Count == 0) missing.Add($"{name}: {status} without a body");
                else
                    foreach (var (type, media) in content)
                        if (media!["example"] is null) missing.Add($"{name}: {status} {type}");
            }
            if (string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()) || operation["summary"]!.GetValue<string>().Contains('_'))
                missing.Add($"{name}: summary");
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public async Task Each_documented_problem_is_what_the_app_really_answers()
    {
        var document = await Document();
        var admin = app.Api();
        var id = await admin.InForce(to: "2026-12-31");
        var valid = new { newValidTo = "2027-12-31", decision = new { body = "VVG", meetingDate = "2026-06-10", agendaItem = "5" } };
        var version = await admin.Version(id);
        var cancellation = TestContext.Current.CancellationToken;
        var extend = ("post", "/api/documents/{id}/extend");

        var answers = new List<((string Method, string Path) Operation, HttpResponseMessage Response)>
        {
            (extend, await admin.Step(id, "extend", new { newValidTo = "2025-01-01", decision = valid.decision })),
            (extend, await app.AnonymousApi().Step(id, "extend", valid)),
            (extend, await app.Api(TestAccounts.Reader).Step(id, "extend", valid)),
            (extend, await admin.Step(Guid.NewGuid(), "extend", valid)),
            (extend, await admin.Step(id, "extend", valid, ifMatch: version - 1)),
            (extend, await admin.Http.PostAsync($"/api/documents/{id}/extend", new StringContent("newValidTo=2027-12-31",
                System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"), cancellation)),
            (extend, await OpenApiContractTests.Idempotent(admin, id, "k-" + Guid.NewGuid(), valid, new { newValidTo = "2028-12-31", decision = valid.decision })),
            (("get", "/api/documents"), await app.AnonymousApi().Http.GetAsync("/api/documents", cancellation)),
            (("get", "/api/parties/{party}"), await admin.Http.GetAsync("/api/parties/Atlantis", cancellation)),
            (("get", "/api/warnings"), await admin.Http.GetAsync("/api/warnings?acknowledged=kanske", cancellation)),
            (("get", "/api/warnings/{id}"), await admin.Http.GetAsync($"/api/warnings/{Guid.NewGuid()}", cancellation)),
            (("get", "/api/meetings/{id}"), await admin.Http.GetAsync($"/api/meetings/{Guid.NewGuid()}", cancellation)),
            (("post", "/api/meetings"), await admin.Http.PostAsync("/api/meetings",
                new StringContent("""{"body": "VVG", "date": "15/12/2023", "points": []}""", System.Text.Encoding.UTF8, "application/json"), cancellation)),
            (("post", "/api/meetings"), await admin.Http.PostAsync("/api/meetings", new StringContent("{}", System.Text.Encoding.UTF8, "text/plain"), cancellation)),
        };

        foreach (var ((method, path), response) in answers)
        {
            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var example = document["paths"]![path]![method]!["responses"]![status]?["content"]?["application/problem+json"]?["example"];
            Assert.True(example is not null, $"{method} {path}: no example for {status}");
            var real = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellation))!.AsObject();
            var because = $"{method} {path} {status}: documented {example.ToJsonString()}, answered {real.ToJsonString()}";
            Assert.True(example["title"]!.GetValue<string>() == real["title"]?.GetValue<string>(), because);
            Assert.True(example["status"]!.GetValue<int>() == real["status"]?.GetValue<int>(), because);
            Assert.True(Members(example.AsObject()).SetEquals(Members(real)), because);
            if (example["errors"] is JsonObject) Assert.True(real["errors"] is JsonObject, because);
        }
    }

    [Fact]
    public async Task The_documented_answers_have_the_members_of_real_answers()
    {
        var document = await Document();
        var admin = app.Api();
        await admin.InForce(to: "2027-12-31");
        var cancellation = TestContext.Current.CancellationToken;
        var preview = await admin.Http.PostAsync("/api/meetings/preview", ApiClient.Content(new
        {
            body = "VVG",
            date = "2023-12-15",
            points = new[] { new { number = "9", title = "Uppdragshandling LSS", positions = new[] { new { outcome = "endorsed", newDocuments = new[] { new { title = "Uppdragshandling LSS " + Guid.NewGuid().ToString("N")[..6], kind = "uppdragshandling" } } } } } },
        }), cancellation);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var documentId = await admin.InForce(to: "2027-12-31");
        var recorded = await admin.Http.PostAsync("/api/meetings", ApiClient.Content(new
        {
            body = "VVG",
            date = "2023-12-15",
            points = new[] { new { number = "6", title = "Riktlinje", positions = new[] { new { outcome = "endorsed", documentIds = new[] { documentId } } } } },
        }), cancellation);
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var meeting = JsonNode.Parse(await recorded.Content.ReadAsStringAsync(cancellation))!;
        var csv = System.Text.Encoding.UTF8.GetBytes($"Titel;Typ;Ägare;Gäller från;Gäller till\nRiktlinje {Guid.NewGuid():N};riktlinje;VVG;;2026-12-31\n");
        var dryRun = await Registry.Tests.Sheets.SheetClient.Preview(admin, csv, "styrdokument.csv");
        var applied = await Registry.Tests.Sheets.SheetClient.Apply(admin, dryRun);
        var members = new[] { await admin.Draft(kind: "avtal"), await admin.Draft() };
        var sent = await admin.Http.PostAsync("/api/remiss-packages", ApiClient.Content(new
        {
            name = "HoS-avtal med tillhörande överenskommelser",
            documentIds = members,
            sentOn = "2021-10-01",
            responseDeadline = "2021-12-31",
            recipients = new[] { "VGR", "Borås" },
        }), cancellation);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var package = JsonNode.Parse(await sent.Content.ReadAsStringAsync(cancellation))!;
        var packageRoute = $"/api/remiss-packages/{package["packageId"]!.GetValue<Guid>()}";
        var answered = await admin.Http.PostAsync(packageRoute + "/responses",
            ApiClient.Content(new { recipient = "Borås", stance = "approveWithComments", respondedOn = "2021-12-01" }), cancellation);
        var conference = await admin.Http.PostAsync(packageRoute + "/conferences",
            ApiClient.Content(new { heldOn = "2021-10-12", description = "Remisskonferens" }), cancellation);

        var answers = new List<(string Method, string Path, string Status, JsonNode Real, string[] Inner)>
        {
            ("get", "/api/documents", "200", (await admin.Http.GetFromJsonAsync<JsonArray>("/api/documents", cancellation))!, []),
            ("get", "/api/parties/{party}", "200", (await admin.Http.GetFromJsonAsync<JsonObject>("/api/parties/Bor%C3%A5s", cancellation))!, ["common"]),
            ("post", "/api/meetings/preview", "200", JsonNode.Parse(await preview.Content.ReadAsStringAsync(cancellation))!, ["documents"]),
            ("get", "/api/documents/{id}", "200", (await admin.Http.GetFromJsonAsync<JsonObject>($"/api/documents/{documentId}", cancellation))!, ["document", "history"]),
            ("post", "/api/meetings", "201", meeting, ["documents"]),
            ("get", "/api/meetings/{id}", "200", (await admin.Http.GetFromJsonAsync<JsonObject>($"/api/meetings/{meeting["meetingId"]}", cancellation))!, ["points"]),
            ("post", "/api/import/dry-run", "200", dryRun, ["rows"]),
            ("post", "/api/import/{token}", "200", applied, ["rows"]),
            ("post", "/api/remiss-packages", "201", package, ["documents"]),
            ("get", "/api/remiss-packages/{id}", "200", (await admin.Http.GetFromJsonAsync<JsonObject>(packageRoute, cancellation))!, ["documents"]),
            ("post", "/api/remiss-packages/{id}/responses", "200", JsonNode.Parse(await answered.Content.ReadAsStringAsync(cancellation))!, ["documents"]),
            ("post", "/api/remiss-packages/{id}/conferences", "200", JsonNode.Parse(await conference.Content.ReadAsStringAsync(cancellation))!, ["documents"]),
        };
        foreach (var (method, path, status, real, inner) in answers)
        {
            var example = document["paths"]![path]![method]!["responses"]![status]!["content"]!["application/json"]!["example"];
            Assert.True(example is not null, $"{method} {path}: no example for {status}");
            var because = $"{method} {path} {status}: documented {example.ToJsonString()}, answered {real.ToJsonString()}";
            Assert.True(Keys(First(example)).SetEquals(Keys(First(real))), because);
            foreach (var member in inner)
                Assert.True(Keys(First(example[member]!)).SetEquals(Keys(First(real[member]!))), because);
        }
    }

    private static JsonObject First(JsonNode node) => node as JsonObject ?? node.AsArray()[0]!.AsObject();

    private static HashSet<string> Keys(JsonObject node) => node.Select(p => p.Key).ToHashSet();

    private static HashSet<string> Members(JsonObject problem) => problem.Select(p => p.Key).Except(PerRequest).ToHashSet();

    [Fact]
    public async Task The_licence_and_contact_lead_to_the_terms_page_which_anyone_can_read()
    {
        var info = (await Document())["info"]!;
        Assert.Equal("Proprietär", info["license"]!["name"]!.GetValue<string>());
        var terms = new Uri(info["license"]!["url"]!.GetValue<string>());
        Assert.Equal("/villkor", terms.AbsolutePath);
        Assert.Equal("/villkor", new Uri(info["contact"]!["url"]!.GetValue<string>()).AbsolutePath);

        var page = await app.AnonymousApi().Http.GetAsync(terms.PathAndQuery, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("proprietär programvara", html);
        Assert.Contains("id=\"kontakt\"", html);
    }
}
