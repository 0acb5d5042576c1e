using Registry.Web.Api;

namespace Registry.Tests.Support;

/// <summary>Talks to the registry's HTTP API as a client would: JSON in, JSON or ProblemDetails out.</summary>
public sealed class ApiClient(HttpClient http, IClock clock, string recordedBy = CommandGateway.Anonymous)
{
    public static readonly JsonSerializerOptions Json = RegistryJson.Configure(new JsonSerializerOptions());

    public HttpClient Http => http;

    /// <summary>The name the registry records as "who" for this client's requests.</summary>
    public string RecordedBy => recordedBy;

    public async Task<Guid> Draft(string? title = null, string kind = "riktlinje", object? extra = null)
    {
        var body = Merge(new { title = title ?? Unique.Title("Testdokument"), kind, ownerBodies = new[] { "VVG" } }, extra);
        var response = await http.PostAsync("/api/documents", Content(body));
        await Expect(response, HttpStatusCode.Created);
        var result = await response.Content.ReadFromJsonAsync<JsonObject>();
        return Guid.Parse(result!["documentId"]!.GetValue<string>());
    }

    /// <summary>A fresh document that has entered into force for the given period.</summary>
    public async Task<Guid> InForce(string from = "2020-01-01", string? to = "2023-12-31", string kind = "riktlinje",
        int? noticePeriodMonths = null, object? draft = null)
    {
        var id = await Draft(kind: kind, extra: draft);
        await Ok(id, "enter-into-force", new { validFrom = from, validTo = to, noticePeriodMonths });
        return id;
    }

    /// <summary>A fresh document in force from <paramref name="from"/> to <paramref name="to"/>, titled <paramref name="title"/> made unique.</summary>
    public async Task<(Guid Id, string Title)> InForceTitled(string title, string from, string to)
    {
        var unique = Unique.Title(title);
        return (await InForce(from, to, draft: new { title = unique }), unique);
    }

    /// <summary>A fresh draft on remiss to everyone, sent 2021-10-01 with answers due by 2021-12-31.</summary>
    public async Task<Guid> OnRemiss()
    {
        var id = await Draft();
        await Ok(id, "send-remiss", new { sentOn = "2021-10-01", responseDeadline = "2021-12-31" });
        return id;
    }

    /// <summary>A fresh draft, withdrawn on 2021-03-01 (with the given reason, if any).</summary>
    public async Task<Guid> Withdrawn(string? reason = null)
    {
        var id = await Draft();
        await Ok(id, "withdraw", new { withdrawnOn = "2021-03-01", reason });
        return id;
    }

    /// <summary>A fresh document in the named state: <c>draft</c>, <c>onRemiss</c>, <c>inForce</c> or <c>withdrawn</c>, as above.</summary>
    public Task<Guid> In(string state) => state switch
    {
        "draft" => Draft(),
        "onRemiss" => OnRemiss(),
        "inForce" => InForce(),
        "withdrawn" => Withdrawn(),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "No such test state."),
    };

    public async Task<HttpResponseMessage> Step(Guid id, string step, object? body = null, long? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/{id}/{step}") { Content = Content(body ?? new { }) };
        if (ifMatch is { } version) request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        return await http.SendAsync(request);
    }

    /// <summary>Run a step that must succeed.</summary>
    public async Task Ok(Guid id, string step, object? body = null)
    {
        var response = await Step(id, step, body);
        await Expect(response, HttpStatusCode.OK);
    }

    /// <summary>
    /// Run a step that must be refused: the given status (400 by default) with the administrator's message as
    /// <c>detail</c> and, when <paramref name="field"/> is given, as the only error under <c>errors[field]</c>; and
    /// nothing recorded. Returns the ProblemDetails body.
    /// </summary>
    public async Task<JsonObject> Rejects(Guid id, string step, object? body, string? field, string message,
        HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var before = status == HttpStatusCode.NotFound ? 0 : (await History(id)).Count;
        var problem = await ExpectProblem(await Step(id, step, body), status);
        Assert.Equal(message, problem["detail"]!.GetValue<string>());
        if (field is null) Assert.Null(problem["errors"]);
        else Assert.Equal(message, Assert.Single(problem["errors"]![field]!.AsArray())!.GetValue<string>());
        if (status != HttpStatusCode.NotFound) Assert.Equal(before, (await History(id)).Count);
        return problem;
    }

    public static async Task<JsonObject> ExpectProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        await Expect(response, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()), "The problem must say what is wrong.");
        return problem;
    }

    public async Task<JsonObject> Document(Guid id)
    {
        var response = await http.GetAsync($"/api/documents/{id}");
        await Expect(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<JsonObject> State(Guid id) => (await Document(id))["document"]!.AsObject();

    public async Task<long> Version(Guid id) => (await State(id))["version"]!.GetValue<long>();

    public async Task<JsonArray> History(Guid id) => (await Document(id))["history"]!.AsArray();

    public async Task<List<string>> HistoryTypes(Guid id) =>
        (await History(id)).Select(e => e!["type"]!.GetValue<string>()).ToList();

    /// <summary>The document's <c>status</c> as the API reports it on the test clock's today (lapsed if its end has passed; ADR 0027).</summary>
    public async Task<string> Status(Guid id) => (await State(id))["status"]!.GetValue<string>();

    /// <summary>No event of the given type was ever recorded for the document.</summary>
    public async Task AssertNotRecorded(Guid id, string type) => Assert.DoesNotContain(type, await HistoryTypes(id));

    /// <summary>
    /// The document's latest event: it must be of the given type and recorded by this client, now
    /// (the fixture's clock). Returns the event's data.
    /// </summary>
    public async Task<JsonObject> LastEvent(Guid id, string type)
    {
        var last = (await History(id))[^1]!;
        Assert.Equal(type, last["type"]!.GetValue<string>());
        Assert.Equal(recordedBy, last["recordedBy"]!.GetValue<string>());
        Assert.Equal(clock.GetCurrentInstant(), Instant.FromDateTimeOffset(last["recordedAt"]!.GetValue<DateTimeOffset>()));
        return last["data"]!.AsObject();
    }

    public static StringContent Content(object body) =>
        new(body as string ?? JsonSerializer.Serialize(body, Json), System.Text.Encoding.UTF8, "application/json");

    /// <summary>The content of a body-less write: none, but declared as JSON, as every API write must be.</summary>
    public static StringContent NoBody() => new("", System.Text.Encoding.UTF8, "application/json");

    public static async Task Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
            Assert.Fail($"Expected {(int)status}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static object Merge(object body, object? extra)
    {
        if (extra is null) return body;
        var node = JsonSerializer.SerializeToNode(body, Json)!.AsObject();
        foreach (var (key, value) in JsonSerializer.SerializeToNode(extra, Json)!.AsObject())
            node[key] = value?.DeepClone();
        return node;
    }
}
