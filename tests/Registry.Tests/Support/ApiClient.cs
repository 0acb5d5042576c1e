using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Registry.Infrastructure;

namespace Registry.Tests.Support;

/// <summary>Talks to the registry's HTTP API as a client would: JSON in, JSON or ProblemDetails out.</summary>
public sealed class ApiClient(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = RegistryJson.Configure(new JsonSerializerOptions());

    public HttpClient Http => http;

    public async Task<Guid> Draft(string? title = null, string kind = "riktlinje", object? extra = null)
    {
        var body = Merge(new { title = title ?? "Testdokument " + Guid.NewGuid().ToString("N")[..6], kind, ownerBodies = new[] { "VVG" } }, extra);
        var response = await http.PostAsync("/api/documents", Content(body));
        await Expect(response, HttpStatusCode.Created);
        var result = await response.Content.ReadFromJsonAsync<JsonObject>();
        return Guid.Parse(result!["documentId"]!.GetValue<string>());
    }

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

    /// <summary>Run a step that must be rejected with the given status; returns the ProblemDetails body.</summary>
    public async Task<JsonObject> Rejected(Guid id, string step, object? body, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var response = await Step(id, step, body);
        await Expect(response, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<JsonObject> Document(Guid id)
    {
        var response = await http.GetAsync($"/api/documents/{id}");
        await Expect(response, HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<JsonObject> State(Guid id) => (await Document(id))["document"]!.AsObject();

    public async Task<List<string>> HistoryTypes(Guid id) =>
        (await Document(id))["history"]!.AsArray().Select(e => e!["type"]!.GetValue<string>()).ToList();

    public static StringContent Content(object body) =>
        new(body as string ?? JsonSerializer.Serialize(body, Json), System.Text.Encoding.UTF8, "application/json");

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
