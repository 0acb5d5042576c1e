namespace Registry.Tests.Api;

public sealed class IdempotencyTests(RegistryApp app) : ApiTests(app)
{
    private static readonly object Extension = new { newValidTo = "2026-12-31", decision = Decisions.Vvg("2023-12-15") };

    private Task<HttpResponseMessage> Send(string path, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = ApiClient.Content(body) };
        request.Headers.Add("Idempotency-Key", key);
        return Api.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_retried_extension_is_recorded_once_and_answered_the_same()
    {
        var id = await Api.InForce();
        var key = Guid.NewGuid().ToString();

        var first = await Send($"/api/documents/{id}/extend", Extension, key);
        var retry = await Send($"/api/documents/{id}/extend", Extension, key);

        await ApiClient.Expect(first, HttpStatusCode.OK);
        await ApiClient.Expect(retry, HttpStatusCode.OK);
        Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            await retry.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Single(await Api.HistoryTypes(id), t => t == "document_extended");
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_record_one_event()
    {
        var id = await Api.InForce();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Send($"/api/documents/{id}/extend", Extension, key)));

        foreach (var r in responses) await ApiClient.Expect(r, HttpStatusCode.OK);
        var versions = await Task.WhenAll(responses.Select(async r =>
            (await r.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["version"]!.GetValue<long>()));
        Assert.Single(versions.Distinct());
        Assert.Single(await Api.HistoryTypes(id), t => t == "document_extended");
    }

    [Fact]
    public async Task A_key_reused_for_a_different_request_is_rejected()
    {
        var id = await Api.InForce();
        var key = Guid.NewGuid().ToString();
        await ApiClient.Expect(await Send($"/api/documents/{id}/extend", Extension, key), HttpStatusCode.OK);

        var other = await Send($"/api/documents/{id}/extend",
            new { newValidTo = "2027-12-31", decision = Decisions.Vvg("2023-12-15") }, key);

        await ApiClient.Expect(other, HttpStatusCode.UnprocessableEntity);
        Assert.Single(await Api.HistoryTypes(id), t => t == "document_extended");
    }

    [Fact]
    public async Task A_retried_draft_creates_one_document()
    {
        var key = Guid.NewGuid().ToString();
        var body = new { title = "Idempotent utkast " + key[..6], kind = "rutin", ownerBodies = new[] { "VVG" } };

        var first = await Send("/api/documents", body, key);
        var retry = await Send("/api/documents", body, key);

        await ApiClient.Expect(first, HttpStatusCode.Created);
        await ApiClient.Expect(retry, HttpStatusCode.Created);
        var firstId = (await first.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["documentId"]!.GetValue<string>();
        var retryId = (await retry.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["documentId"]!.GetValue<string>();
        Assert.Equal(firstId, retryId);
    }

    [Fact]
    public async Task An_overlong_key_is_rejected()
    {
        var id = await Api.InForce();
        var response = await Send($"/api/documents/{id}/extend", Extension, new string('k', 201));
        await ApiClient.Expect(response, HttpStatusCode.BadRequest);
    }
}
