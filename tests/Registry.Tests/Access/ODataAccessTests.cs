namespace Registry.Tests.Access;

/// <summary>Excel and Power BI sign in to the feed with HTTP Basic; their error dialogs read OData error bodies.</summary>
public sealed class ODataAccessTests(RegistryApp app)
{
    [Fact]
    public async Task The_feed_without_credentials_asks_for_Basic_with_an_OData_error()
    {
        var response = await app.AnonymousApi().Http.GetAsync("/odata/Documents", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["error"]!;
        Assert.Equal("Unauthorized", error["code"]!.GetValue<string>());
        Assert.Contains("HTTP Basic", error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_reader_signed_in_with_Basic_reads_the_feed()
    {
        var response = await app.Api(TestAccounts.Reader).Http.GetAsync("/odata/Documents?$top=1", TestContext.Current.CancellationToken);

        await ApiClient.Expect(response, HttpStatusCode.OK);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["value"]);
    }
}
