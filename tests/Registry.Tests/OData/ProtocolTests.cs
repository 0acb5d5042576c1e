using System.Net.Http.Headers;

namespace Registry.Tests.OData;

/// <summary>What strict OData clients check on every response, and what Power Query sends.</summary>
public sealed class ProtocolTests(RegistryApp app) : ApiTests(app)
{
    private readonly StrictODataReader _reader = new(app.Api().Http);

    [Theory]
    [InlineData("/odata/Documents/$count")]
    [InlineData("/odata/Documents?$top=1")]
    [InlineData("/odata/$metadata")]
    [InlineData("/odata")]
    [InlineData("/odata/Documents?$filter=Nope eq 1")]
    [InlineData("/odata/Nope")]
    public async Task Every_response_carries_one_OData_Version_header(string url)
    {
        var response = await Api.Http.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(["4.0"], response.Headers.GetValues("OData-Version"));
    }

    [Fact]
    public async Task The_401_and_400_bodies_are_read_by_the_strict_OData_reader()
    {
        var unauthorized = await App.AnonymousApi().Http.GetAsync("/odata/Documents", TestContext.Current.CancellationToken);
        var badRequest = await Api.Http.GetAsync("/odata/Documents?$filter=Title eq", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal(["4.0"], unauthorized.Headers.GetValues("OData-Version"));
        Assert.DoesNotContain("null", await unauthorized.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Unauthorized", (await StrictODataReader.Error(unauthorized)).Code);
        Assert.Equal(HttpStatusCode.BadRequest, badRequest.StatusCode);
        Assert.Equal("BadRequest", (await StrictODataReader.Error(badRequest)).Code);
    }

    [Fact]
    public async Task A_literal_plus_before_a_time_zone_offset_is_an_offset()
    {
        var id = await Api.Draft();
        const string Offset = "2000-01-01T00:00:00+01:00";

        var literal = await Api.Http.GetAsync($"/odata/LifecycleEvents?$filter=DocumentId eq {id} and RecordedAt ge {Offset}", TestContext.Current.CancellationToken);
        var encoded = await Api.Http.GetAsync($"/odata/LifecycleEvents?$filter=DocumentId eq {id} and RecordedAt ge {Uri.EscapeDataString(Offset)}", TestContext.Current.CancellationToken);

        await ApiClient.Expect(literal, HttpStatusCode.OK);
        Assert.Single(await _reader.Feed(literal, "LifecycleEvents"));
        Assert.Single(await _reader.Feed(encoded, "LifecycleEvents"));
    }

    [Fact]
    public async Task A_whole_set_validates_with_the_strict_reader()
    {
        await Api.InForce();
        foreach (var set in new[] { "Documents", "ValidityPeriods", "LifecycleEvents", "Decisions", "Consultations", "ConsultationResponses", "Warnings" })
        {
            var response = await Api.Http.GetAsync($"/odata/{set}?$top=50&$count=true", TestContext.Current.CancellationToken);
            await ApiClient.Expect(response, HttpStatusCode.OK);
            await _reader.Feed(response, set);
        }
    }

    [Theory]
    [InlineData("/odata/Documents", "gzip")]
    [InlineData("/odata/Documents", "br")]
    [InlineData("/api/documents", "gzip")]
    [InlineData("/api/documents", "br")]
    public async Task JSON_is_compressed_as_the_client_accepts(string url, string encoding)
    {
        await Api.InForce();
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        var response = await Api.Http.SendAsync(request, TestContext.Current.CancellationToken);

        await ApiClient.Expect(response, HttpStatusCode.OK);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Stream body = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        body = encoding == "br" ? new System.IO.Compression.BrotliStream(body, System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress);
        Assert.NotNull(await System.Text.Json.JsonDocument.ParseAsync(body, cancellationToken: TestContext.Current.CancellationToken));
    }
}
