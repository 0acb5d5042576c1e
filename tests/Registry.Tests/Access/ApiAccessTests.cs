using Registry.Web.Access;

namespace Registry.Tests.Access;

public sealed class ApiAccessTests(RegistryApp app)
{
    private static readonly object Extension = new { newValidTo = "2026-12-31", decision = Decisions.Vvg("2023-12-15") };

    private async Task<Guid> InForce()
    {
        var api = app.Api();
        var id = await api.Draft();
        await api.Ok(id, "enter-into-force", new { validFrom = "2020-01-01", validTo = "2023-12-31" });
        return id;
    }

    private static async Task<JsonObject> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        await ApiClient.Expect(response, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!;
    }

    [Fact]
    public async Task Anonymous_reading_is_refused_with_a_Basic_challenge_and_problem_details()
    {
        var response = await app.AnonymousApi().Http.GetAsync("/api/documents", TestContext.Current.CancellationToken);

        var problem = await Problem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Inloggning krävs", problem["title"]!.GetValue<string>());
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Basic", challenge.Scheme);
        Assert.Contains("realm=\"Styrdokumentregistret\"", challenge.Parameter);
    }

    [Fact]
    public async Task Anonymous_cannot_write_and_nothing_is_recorded()
    {
        var id = await InForce();

        var draft = await app.AnonymousApi().Http.PostAsync("/api/documents",
            ApiClient.Content(new { title = "Anonymt utkast", kind = "rutin", ownerBodies = new[] { "VVG" } }),
            TestContext.Current.CancellationToken);
        await Problem(draft, HttpStatusCode.Unauthorized);
        await Problem(await app.AnonymousApi().Step(id, "extend", Extension), HttpStatusCode.Unauthorized);

        Assert.DoesNotContain("document_extended", await app.Api().HistoryTypes(id));
    }

    [Fact]
    public async Task Reader_can_read_but_not_write()
    {
        var id = await InForce();
        var reader = app.Api(TestAccounts.Reader);

        Assert.Equal(id.ToString(), (await reader.State(id))["id"]!.GetValue<string>());
        var list = await reader.Http.GetAsync("/api/documents", TestContext.Current.CancellationToken);
        await ApiClient.Expect(list, HttpStatusCode.OK);

        var problem = await Problem(await reader.Step(id, "extend", Extension), HttpStatusCode.Forbidden);
        Assert.Equal("Behörighet saknas", problem["title"]!.GetValue<string>());
        Assert.Contains("administratör", problem["detail"]!.GetValue<string>());
        var draft = await reader.Http.PostAsync("/api/documents",
            ApiClient.Content(new { title = "Läsarens utkast", kind = "rutin", ownerBodies = new[] { "VVG" } }),
            TestContext.Current.CancellationToken);
        await Problem(draft, HttpStatusCode.Forbidden);

        Assert.DoesNotContain("document_extended", await reader.HistoryTypes(id));
    }

    [Fact]
    public async Task Admin_writes_and_the_event_records_the_admins_name()
    {
        var id = await InForce();

        await app.Api().Ok(id, "extend", Extension);

        var history = (await app.Api().Document(id))["history"]!.AsArray();
        var extended = history.Single(e => e!["type"]!.GetValue<string>() == "document_extended")!;
        Assert.Equal(TestAccounts.Admin, extended["recordedBy"]!.GetValue<string>());
        Assert.Equal(TestAccounts.Admin, extended["data"]!["recorded"]!["by"]!.GetValue<string>());
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_message()
    {
        var client = new ApiClient(TestAccounts.Basic(app.Factory.CreateClient(), TestAccounts.Admin, "fel-lösenord"), app.Clock);

        var problem = await Problem(await client.Http.GetAsync("/api/documents", TestContext.Current.CancellationToken),
            HttpStatusCode.Unauthorized);
        Assert.Equal("Fel användarnamn eller lösenord.", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_api_key_signs_in_as_its_account_by_header_or_as_the_Basic_password()
    {
        var id = await InForce();
        var accounts = app.Factory.Services.GetRequiredService<AccountService>();
        var readerKey = await accounts.IssueKeyAsync(TestAccounts.Reader, "Excel", TestContext.Current.CancellationToken);
        var adminKey = await accounts.IssueKeyAsync(TestAccounts.Admin, "skript", TestContext.Current.CancellationToken);

        var byHeader = app.AnonymousApi();
        byHeader.Http.DefaultRequestHeaders.Add("X-Api-Key", readerKey);
        await ApiClient.Expect(await byHeader.Http.GetAsync("/api/documents", TestContext.Current.CancellationToken), HttpStatusCode.OK);
        await Problem(await byHeader.Step(id, "extend", Extension), HttpStatusCode.Forbidden);

        var excel = new ApiClient(TestAccounts.Basic(app.Factory.CreateClient(), TestAccounts.Reader, readerKey), app.Clock);
        await ApiClient.Expect(await excel.Http.GetAsync($"/api/documents/{id}", TestContext.Current.CancellationToken), HttpStatusCode.OK);

        var script = app.AnonymousApi();
        script.Http.DefaultRequestHeaders.Add("X-Api-Key", adminKey);
        await script.Ok(id, "extend", Extension);
        Assert.Equal(TestAccounts.Admin, (await script.State(id))["lastChangedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_or_foreign_keys_are_refused()
    {
        var accounts = app.Factory.Services.GetRequiredService<AccountService>();
        var readerKey = await accounts.IssueKeyAsync(TestAccounts.Reader, null, TestContext.Current.CancellationToken);

        var unknown = app.AnonymousApi();
        unknown.Http.DefaultRequestHeaders.Add("X-Api-Key", readerKey[..17] + new string('x', 40));
        var problem = await Problem(await unknown.Http.GetAsync("/api/documents", TestContext.Current.CancellationToken),
            HttpStatusCode.Unauthorized);
        Assert.Equal("API-nyckeln är okänd eller återkallad.", problem["detail"]!.GetValue<string>());

        // The reader's key is not the admin's password.
        var foreign = new ApiClient(TestAccounts.Basic(app.Factory.CreateClient(), TestAccounts.Admin, readerKey), app.Clock);
        await Problem(await foreign.Http.GetAsync("/api/documents", TestContext.Current.CancellationToken), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Passwords_and_keys_are_stored_only_as_hashes()
    {
        var accounts = app.Factory.Services.GetRequiredService<AccountService>();
        var key = await accounts.IssueKeyAsync(TestAccounts.Reader, null, TestContext.Current.CancellationToken);

        await using var session = app.Factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var admin = await session.LoadAsync<Account>(TestAccounts.Admin, TestContext.Current.CancellationToken);
        var stored = await session.LoadAsync<ApiKey>(key[..16], TestContext.Current.CancellationToken);
        var rawAccounts = string.Join("\n", await session.QueryAsync<string>(
            "select data::text from registry.mt_doc_account", TestContext.Current.CancellationToken));
        var rawKeys = string.Join("\n", await session.QueryAsync<string>(
            "select data::text from registry.mt_doc_apikey", TestContext.Current.CancellationToken));

        Assert.Equal(Roles.Admin, admin!.Role);
        Assert.NotEmpty(admin.PasswordHash);
        Assert.DoesNotContain(TestAccounts.AdminPassword, rawAccounts);
        Assert.DoesNotContain(TestAccounts.ReaderPassword, rawAccounts);
        Assert.NotNull(stored);
        Assert.DoesNotContain(key[17..], rawKeys);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/live")]
    [InlineData("/openapi/v1.json")]
    public async Task Probes_and_the_OpenAPI_document_need_no_sign_in(string path)
    {
        var response = await app.AnonymousApi().Http.GetAsync(path, TestContext.Current.CancellationToken);
        await ApiClient.Expect(response, HttpStatusCode.OK);
    }
}
