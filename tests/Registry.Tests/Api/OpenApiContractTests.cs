namespace Registry.Tests.Api;

/// <summary>
/// The OpenAPI document tells the truth about what the API answers (ADR 0030): each status an operation really
/// gives, provoked here over HTTP, is documented for it with the problem shape the body has; every operation says
/// how to sign in; the steps carry their examples from the demo registry.
/// </summary>
public sealed class OpenApiContractTests(RegistryApp app)
{
    private static readonly string[] Credentials = ["basic", "apiKey", "apiKeyQuery"];

    private async Task<JsonNode> Document() =>
        JsonNode.Parse(await app.AnonymousApi().Http.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;

    [Fact]
    public async Task Every_status_the_extend_step_really_answers_is_documented_with_its_problem_shape()
    {
        var extend = (await Document())["paths"]!["/api/documents/{id}/extend"]!["post"]!;
        var admin = app.Api();
        var id = await admin.InForce(to: "2026-12-31");
        var valid = new { newValidTo = "2027-12-31", decision = new { body = "VVG", meetingDate = "2026-06-10", agendaItem = "5" } };
        var version = await admin.Version(id);

        var answers = new List<(string Case, HttpResponseMessage Response)>
        {
            ("rule broken", await admin.Step(id, "extend", new { newValidTo = "2025-01-01", decision = valid.decision })),
            ("malformed date", await admin.Step(id, "extend", new { newValidTo = "31/12/2027" })),
            ("no credentials", await app.AnonymousApi().Step(id, "extend", valid)),
            ("reader writing", await app.Api(TestAccounts.Reader).Step(id, "extend", valid)),
            ("unknown document", await admin.Step(Guid.NewGuid(), "extend", valid)),
            ("stale If-Match", await admin.Step(id, "extend", valid, ifMatch: version - 1)),
            ("not JSON", await admin.Http.PostAsync($"/api/documents/{id}/extend", new StringContent("newValidTo=2027-12-31",
                System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"), TestContext.Current.CancellationToken)),
            ("key reused", await Idempotent(admin, id, "k-" + Guid.NewGuid(), valid, new { newValidTo = "2028-12-31", decision = valid.decision })),
        };

        Assert.Equal([400, 400, 401, 403, 404, 409, 415, 422], answers.Select(a => (int)a.Response.StatusCode));
        foreach (var (name, response) in answers)
        {
            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var documented = extend["responses"]![status];
            Assert.True(documented is not null, $"{name}: {status} is not documented for extend.");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var schema = documented!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>();
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
            Assert.True(body["title"] is not null && body["status"]!.GetValue<int>() == (int)response.StatusCode, $"{name}: {body}");
            if (body["errors"] is not null)
                Assert.True(schema.EndsWith("/ValidationProblemDetails", StringComparison.Ordinal), $"{name}: a body with errors documented as {schema}.");
        }
        foreach (var documented in new[] { "413", "429", "503" })
            Assert.True(extend["responses"]![documented] is not null, $"{documented} is not documented for extend.");
    }

    internal static async Task<HttpResponseMessage> Idempotent(ApiClient api, Guid id, string key, object first, object second)
    {
        foreach (var body in new[] { first, second })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/{id}/extend") { Content = ApiClient.Content(body) };
            request.Headers.Add("Idempotency-Key", key);
            var response = await api.Http.SendAsync(request, TestContext.Current.CancellationToken);
            if (body == second) return response;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        throw new InvalidOperationException("unreachable");
    }

    [Fact]
    public async Task Every_operation_says_how_to_sign_in_and_reading_is_anonymous_only_where_configured()
    {
        var document = await Document();
        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        Assert.Equal(Credentials.Order(), schemes.Select(s => s.Key).Order());
        Assert.Equal("basic", schemes["basic"]!["scheme"]!.GetValue<string>());
        Assert.Equal("X-Api-Key", schemes["apiKey"]!["name"]!.GetValue<string>());
        Assert.Equal("query", schemes["apiKeyQuery"]!["in"]!.GetValue<string>());
        Assert.Equal("api_key", schemes["apiKeyQuery"]!["name"]!.GetValue<string>());

        foreach (var (path, operations) in document["paths"]!.AsObject())
            foreach (var (method, operation) in operations!.AsObject())
            {
                var security = operation!["security"]!.AsArray().Select(r => r!.AsObject().Select(s => s.Key).SingleOrDefault() ?? "").ToList();
                // The test app has anonymous reading off: no operation may be read without credentials.
                Assert.True(Credentials.SequenceEqual(security), $"{method} {path}: {string.Join(",", security)}");
                Assert.False(string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()), $"{method} {path} has no summary.");
                Assert.False(string.IsNullOrWhiteSpace(operation["description"]?.GetValue<string>()), $"{method} {path} has no description.");
                Assert.True(operation["responses"]!["401"] is not null, $"{method} {path} does not document 401.");
            }
        Assert.Equal(401, (int)(await app.AnonymousApi().Http.GetAsync("/api/documents", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task With_anonymous_reading_on_reading_operations_may_be_called_without_credentials_and_writes_may_not()
    {
        var connection = await app.CreateDatabaseAsync("openapi_" + Guid.NewGuid().ToString("N")[..8]);
        await using var open = app.Derive(connection, app.Clock, web => web.UseSetting("Registry:Access:AnonymousRead", "true"));
        var document = JsonNode.Parse(await open.CreateClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken))!;
        bool Anonymous(string path, string method) =>
            document["paths"]![path]![method]!["security"]!.AsArray().Any(r => r!.AsObject().Count == 0);
        Assert.True(Anonymous("/api/documents", "get"));
        Assert.True(Anonymous("/api/documents/{id}", "get"));
        Assert.False(Anonymous("/api/documents/{id}/extend", "post"));
        Assert.False(Anonymous("/api/documents", "post"));
        Assert.Equal(HttpStatusCode.OK, (await open.CreateClient().GetAsync("/api/documents", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Steps_carry_their_fields_headers_and_examples_from_the_declaration_and_the_demo_registry()
    {
        var document = await Document();
        var extend = document["paths"]!["/api/documents/{id}/extend"]!["post"]!;
        Assert.Contains("`newValidTo` (Nytt slutdatum)", extend["description"]!.GetValue<string>());
        Assert.Contains("`decision` (Beslut, krävs)", extend["description"]!.GetValue<string>());
        var headers = extend["parameters"]!.AsArray().Where(p => p!["in"]!.GetValue<string>() == "header").Select(p => p!["name"]!.GetValue<string>());
        Assert.Equal(["If-Match", "Idempotency-Key"], headers);

        // The first extension in the demo log: the guideline on concern for an expected child, to 2025-12-31 (VVG).
        var example = extend["requestBody"]!["content"]!["application/json"]!["example"]!;
        Assert.Equal("2025-12-31", example["newValidTo"]!.GetValue<string>());
        Assert.Equal("VVG", example["decision"]!["body"]!.GetValue<string>());
        var notDraft = extend["responses"]!["400"]!["content"]!["application/problem+json"]!["example"]!;
        Assert.Equal("Endast ett gällande dokument kan förlängas.", notDraft["errors"]!["status"]![0]!.GetValue<string>());
        Assert.Equal("Versionskonflikt", extend["responses"]!["409"]!["content"]!["application/problem+json"]!["example"]!["title"]!.GetValue<string>());

        Assert.Equal("date", document["components"]!["schemas"]!["LocalDate"]!["format"]!.GetValue<string>());
        Assert.DoesNotContain("HttpValidationProblemDetails", document["components"]!["schemas"]!.AsObject().Select(s => s.Key));
        Assert.All(document["servers"]!.AsArray(), s => Assert.False(s!["url"]!.GetValue<string>().EndsWith('/')));
        Assert.All(document["tags"]!.AsArray(), t => Assert.False(string.IsNullOrWhiteSpace(t!["description"]?.GetValue<string>())));
        Assert.NotNull(document["info"]!["license"]!["name"]);
        Assert.NotNull(document["info"]!["contact"]!["name"]);
    }
}
