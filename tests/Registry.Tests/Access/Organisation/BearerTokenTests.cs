using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Registry.Tests.Access.Organisation;

/// <summary>
/// Bearer tokens for the API and OData (issue 15, points 2 and 3), against a real OpenID Connect provider on loopback:
/// tokens it issues are accepted with their roles mapped; tokens that fail any one check are each a 401.
/// </summary>
public sealed class BearerTokenTests(OrganisationApp app) : IClassFixture<OrganisationApp>
{
    private static readonly object Draft = new { title = "Utkast via token", kind = "rutin", ownerBodies = new[] { "VVG" } };

    /// <summary>A token like the provider's, signed with its key, with one thing changed by <paramref name="change"/>.</summary>
    private string Minted(Action<SecurityTokenDescriptor>? change = null, SecurityKey? key = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = app.Provider.Issuer,
            Audience = TestIdentityProvider.ApiAudience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            Subject = new ClaimsIdentity([new Claim("sub", "bo"), new Claim("preferred_username", "bo.berg@vgregion.se"),
                new Claim("roles", TestIdentityProvider.ReaderRole)]),
            SigningCredentials = new SigningCredentials(key ?? app.Provider.SigningKey, SecurityAlgorithms.RsaSha256),
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private static async Task<HttpResponseMessage> Feed(HttpClient http) =>
        await http.GetAsync("/odata/Documents?$top=1", TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_token_from_the_provider_reads_the_feed_with_the_mapped_reader_role_but_cannot_write()
    {
        var token = await app.Provider.AccessToken(OrganisationApp.ReaderClient, OrganisationApp.Secret);
        using var http = app.Http(token);

        Assert.Equal(HttpStatusCode.OK, (await Feed(http)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/documents", TestContext.Current.CancellationToken)).StatusCode);
        var write = await http.PostAsync("/api/documents", ApiClient.Content(Draft), TestContext.Current.CancellationToken);
        await ApiClient.ExpectProblem(write, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_token_with_the_mapped_admin_role_writes_and_the_event_names_the_token_subject()
    {
        var token = await app.Provider.AccessToken(OrganisationApp.AdminClient, OrganisationApp.Secret);
        var api = new ApiClient(app.Http(token), app.Clock);

        var id = await api.Draft();

        Assert.Equal(OrganisationApp.AdminClient, (await api.State(id))["lastChangedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_valid_token_without_a_mapped_role_is_refused()
    {
        var token = await app.Provider.AccessToken(OrganisationApp.RolelessClient, OrganisationApp.Secret);

        var response = await Feed(app.Http(token));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_token_minted_like_the_providers_is_accepted_so_each_rejection_below_is_for_its_one_change() =>
        Assert.Equal(HttpStatusCode.OK, (await Feed(app.Http(Minted()))).StatusCode);

    public static TheoryData<string> Rejections => ["utgången", "fel audience", "fel utfärdare", "fel signatur", "alg none", "trasig"];

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task A_rejected_token_is_a_401_with_an_OData_error_and_both_challenges(string kind)
    {
        var token = kind switch
        {
            // Past the configured clock skew of 30 seconds.
            "utgången" => Minted(t => (t.IssuedAt, t.NotBefore, t.Expires) =
                (DateTime.UtcNow.AddMinutes(-20), DateTime.UtcNow.AddMinutes(-20), DateTime.UtcNow.AddMinutes(-1))),
            "fel audience" => Minted(t => t.Audience = "api://ett-annat-system"),
            "fel utfärdare" => Minted(t => t.Issuer = "http://127.0.0.1:1/"),
            "fel signatur" => Minted(key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = app.Provider.SigningKey.KeyId }),
            "alg none" => Unsigned(),
            _ => "inte.en.token",
        };

        var response = await Feed(app.Http(token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["error"]!;
        Assert.Equal("Unauthorized", error["code"]!.GetValue<string>());
        Assert.Equal(["Bearer", "Basic"], response.Headers.WwwAuthenticate.Select(c => c.Scheme));
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.First().Parameter);
    }

    private string Unsigned()
    {
        static string Part(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        var exp = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds();
        return Part("""{"alg":"none","typ":"JWT"}""") + "." + Part(
            $$"""{"iss":"{{app.Provider.Issuer}}","aud":"{{TestIdentityProvider.ApiAudience}}","sub":"bo","roles":"{{TestIdentityProvider.AdminRole}}","exp":{{exp}}}""") + ".";
    }

    [Fact]
    public async Task An_expired_token_says_so_in_the_error()
    {
        var token = Minted(t => (t.IssuedAt, t.NotBefore, t.Expires) =
            (DateTime.UtcNow.AddMinutes(-20), DateTime.UtcNow.AddMinutes(-20), DateTime.UtcNow.AddMinutes(-1)));

        var response = await app.Http(token).GetAsync("/api/documents", TestContext.Current.CancellationToken);

        var problem = await ApiClient.ExpectProblem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Token har gått ut.", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_OpenAPI_document_declares_the_bearer_scheme_and_every_operation_accepts_it()
    {
        var document = await app.Http().GetFromJsonAsync<JsonObject>("/openapi/v1.json", TestContext.Current.CancellationToken);

        var bearer = document!["components"]!["securitySchemes"]!["bearer"]!;
        Assert.Equal(("http", "bearer", "JWT"), (bearer.Text("type"), bearer.Text("scheme"), bearer.Text("bearerFormat")));
        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject()).ToList();
        Assert.NotEmpty(operations);
        Assert.All(operations, o => Assert.Contains(o.Value!["security"]!.AsArray(), r => r!.AsObject().ContainsKey("bearer")));
    }

    [Fact]
    public async Task Without_credentials_the_feed_offers_Power_BI_the_organisational_account_next_to_Basic()
    {
        var response = await Feed(app.Http());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenges = response.Headers.WwwAuthenticate.ToList();
        Assert.Equal(["Bearer", "Basic"], challenges.Select(c => c.Scheme));
        Assert.Equal($"authorization_uri=\"{app.Provider.Issuer}connect/authorize\"", challenges[0].Parameter);
        Assert.Contains("realm=\"Styrdokumentregistret\"", challenges[1].Parameter);
    }

    [Fact]
    public async Task Basic_and_keys_keep_working_next_to_bearer_tokens()
    {
        using var http = TestAccounts.SignIn(app.Http(), TestAccounts.Reader);
        Assert.Equal(HttpStatusCode.OK, (await Feed(http)).StatusCode);
    }
}
