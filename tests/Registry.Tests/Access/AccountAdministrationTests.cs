using Registry.Tests.Ui;

namespace Registry.Tests.Access;

/// <summary>Account administration on /konton (issue 15, point 4): who may, what it changes, and that it takes effect at once.</summary>
public sealed class AccountAdministrationTests(RegistryApp app)
{
    [Fact]
    public async Task Only_admins_reach_the_account_pages()
    {
        var anonymous = UiClient.For(app);
        var response = await anonymous.Http.GetAsync("/konton", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/logga-in", response.Headers.Location!.OriginalString);

        var reader = UiClient.For(app);
        await reader.SignIn(TestAccounts.Reader);
        response = await reader.Http.GetAsync("/konton/admin", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/ingen-behorighet", response.Headers.Location!.OriginalString);
        var overReaderBasic = await TestAccounts.SignIn(app.Factory.CreateClient(), TestAccounts.Reader)
            .GetAsync("/konton", TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.OK, overReaderBasic.StatusCode);
    }

    [Fact]
    public async Task Admin_creates_an_account_that_can_sign_in_and_the_page_records_who_and_when()
    {
        var pages = await AccountPages.SignedIn(app);
        var name = await pages.Created(AccountPages.NewName("Anna"));
        var id = name.ToLowerInvariant();

        Assert.Equal(HttpStatusCode.OK, await AccountPages.Read(pages.Basic(name)));
        var list = await pages.Page("/konton");
        Assert.Matches($"<a href=\"/konton/{id}\">{name}</a></th>\\s*<td>läsare</td>\\s*<td>aktivt</td>\\s*<td>20", list);
        var page = await pages.Page($"/konton/{id}");
        // 09:00 UTC on the test clock is 10:00 in Stockholm.
        Assert.Contains("<tr><td>2026-11-22 10:00</td><td>admin</td><td>Kontot skapades med rollen läsare.</td></tr>", page);
    }

    [Fact]
    public async Task A_taken_name_or_a_short_password_is_refused_with_the_reason_and_nothing_changes()
    {
        var pages = await AccountPages.SignedIn(app);
        var name = await pages.Created(AccountPages.NewName("Bo"));

        var taken = await pages.Create(name.ToUpperInvariant(), "admin", "ett-annat-långt-lösenord");
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains($"Det finns redan ett konto som heter {name.ToUpperInvariant()}.", WebUtility.HtmlDecode(await pages.Ui.Html(taken)));
        Assert.Equal(HttpStatusCode.OK, await AccountPages.Read(pages.Basic(name)));
        Assert.Equal(HttpStatusCode.Forbidden, (await pages.Basic(name).PostAsync("/api/documents",
            ApiClient.Content(new { title = "Utkast", kind = "rutin", ownerBodies = new[] { "VVG" } }),
            TestContext.Current.CancellationToken)).StatusCode);

        var shortPassword = await pages.Create(AccountPages.NewName("Cia"), "reader", "kort");
        Assert.Equal(HttpStatusCode.BadRequest, shortPassword.StatusCode);
        Assert.Contains("Lösenordet måste vara minst 12 tecken.", WebUtility.HtmlDecode(await pages.Ui.Html(shortPassword)));
    }

    [Fact]
    public async Task A_generated_password_is_shown_once_and_works()
    {
        var pages = await AccountPages.SignedIn(app);
        var name = AccountPages.NewName("Dan");
        var response = await pages.Create(name, "reader", "");
        var html = await pages.Ui.Html(response);
        var password = System.Text.RegularExpressions.Regex.Match(html, "<code id=\"nytt-losenord\">([^<]+)</code>").Groups[1].Value;

        Assert.Equal(20, password.Length);
        Assert.Equal(HttpStatusCode.OK, await AccountPages.Read(pages.Basic(name, password)));
        Assert.DoesNotContain(password, await pages.Page("/konton"));
    }

    [Fact]
    public async Task Changing_the_role_takes_effect_at_once_and_is_recorded()
    {
        var pages = await AccountPages.SignedIn(app);
        var name = await pages.Created(AccountPages.NewName("Eva"));
        var eva = pages.Basic(name);
        var draft = () => eva.PostAsync("/api/documents",
            ApiClient.Content(new { title = "Evas utkast", kind = "rutin", ownerBodies = new[] { "VVG" } }),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await draft()).StatusCode);

        var changed = await pages.Post(name.ToLowerInvariant(), "roll", new() { ["roll"] = "admin" });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await draft()).StatusCode);
        var page = await pages.Page($"/konton/{name.ToLowerInvariant()}");
        Assert.Contains("<td>admin</td><td>Rollen ändrades från läsare till administratör.</td>", page);
        Assert.Contains("Roll: <strong id=\"roll-nu\">administratör</strong>", page);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_sessions_and_stops_its_password_and_keys_at_once()
    {
        var pages = await AccountPages.SignedIn(app);
        var name = await pages.Created(AccountPages.NewName("Fia"));
        var id = name.ToLowerInvariant();
        var key = await pages.IssueKey(id);
        var session = UiClient.For(app);
        await session.SignIn(name, AccountPages.Password);
        Assert.Equal(HttpStatusCode.OK, (await session.Http.GetAsync("/", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await AccountPages.Read(pages.WithKey(key)));

        Assert.Equal(HttpStatusCode.Redirect, (await pages.Post(id, "inaktivera")).StatusCode);

        var after = await session.Http.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/logga-in", after.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, await AccountPages.Read(pages.Basic(name)));
        Assert.Equal(HttpStatusCode.Unauthorized, await AccountPages.Read(pages.WithKey(key)));
        Assert.Equal(HttpStatusCode.Unauthorized, await AccountPages.Read(pages.Basic(name, key)));
        var signIn = await session.Post("/logga-in", await FormWithCredentials(session, name));
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("Fel användarnamn eller lösenord.", WebUtility.HtmlDecode(await session.Html(signIn)));

        Assert.Equal(HttpStatusCode.Redirect, (await pages.Post(id, "aktivera")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await AccountPages.Read(pages.Basic(name)));
        var page = await pages.Page($"/konton/{id}");
        Assert.Contains("<td>admin</td><td>Kontot inaktiverades.</td>", page);
        Assert.Contains("<td>admin</td><td>Kontot aktiverades igen.</td>", page);
    }

    private static async Task<Dictionary<string, string>> FormWithCredentials(UiClient ui, string name)
    {
        var form = await ui.Form("/logga-in");
        form["namn"] = name;
        form["losenord"] = AccountPages.Password;
        return form;
    }

    [Fact]
    public async Task An_admin_cannot_disable_or_demote_their_own_account()
    {
        var pages = await AccountPages.SignedIn(app);

        var disabled = await pages.Post(TestAccounts.Admin, "inaktivera");
        Assert.Equal(HttpStatusCode.BadRequest, disabled.StatusCode);
        Assert.Contains("Du kan inte inaktivera ditt eget konto.", WebUtility.HtmlDecode(await pages.Ui.Html(disabled)));
        var demoted = await pages.Post(TestAccounts.Admin, "roll", new() { ["roll"] = "reader" });
        Assert.Equal(HttpStatusCode.BadRequest, demoted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await AccountPages.Read(TestAccounts.SignIn(app.Factory.CreateClient(), TestAccounts.Admin)));
    }

    [Fact]
    public async Task An_issued_key_is_shown_once_works_and_stops_at_once_when_revoked()
    {
        var pages = await AccountPages.SignedIn(app);
        var name = await pages.Created(AccountPages.NewName("Gun"));
        var id = name.ToLowerInvariant();
        var key = await pages.IssueKey(id, label: "Power BI-rapporten");
        var keyId = key[..16];

        Assert.Equal(HttpStatusCode.OK, await AccountPages.Read(pages.WithKey(key)));
        Assert.Equal(HttpStatusCode.OK, await AccountPages.Read(pages.Basic(name, key)));
        var page = await pages.Page($"/konton/{id}");
        Assert.DoesNotContain(key[17..], page);
        Assert.Matches($"<code>{keyId}</code></th>\\s*<td>Power BI-rapporten</td>\\s*<td>2026-11-22 10:00 av admin</td>\\s*<td>ingen</td>\\s*<td>giltig</td>\\s*<td>2026-11-22 10:00</td>", page);

        Assert.Equal(HttpStatusCode.Redirect, (await pages.Post(id, "aterkalla", new() { ["nyckel"] = keyId })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await AccountPages.Read(pages.WithKey(key)));
        Assert.Equal(HttpStatusCode.Unauthorized, await AccountPages.Read(pages.Basic(name, key)));
        Assert.Equal(HttpStatusCode.OK, await AccountPages.Read(pages.Basic(name)));
        page = await pages.Page($"/konton/{id}");
        Assert.Contains("återkallad 2026-11-22 10:00 av admin", page);
        Assert.Contains($"<td>admin</td><td>API-nyckel {keyId} gavs ut (Power BI-rapporten), utan slutdatum.</td>", page);
        Assert.Contains($"<td>admin</td><td>API-nyckel {keyId} återkallades.</td>", page);
    }

    [Fact]
    public async Task A_form_posted_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var pages = await AccountPages.SignedIn(app);
        var name = AccountPages.NewName("Hugo");
        var form = await pages.Ui.Form("/konton");
        form.Remove("__RequestVerificationToken");
        form["namn"] = name;
        form["losenord"] = AccountPages.Password;

        var response = await pages.Ui.Post("/konton", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await AccountPages.Read(pages.Basic(name)));
    }

    [Fact]
    public async Task A_key_with_a_last_day_in_the_past_or_in_the_wrong_form_is_refused()
    {
        var pages = await AccountPages.SignedIn(app);
        var id = (await pages.Created(AccountPages.NewName("Ida"))).ToLowerInvariant();

        var past = await pages.Post(id, "nyckel", new() { ["sistaDag"] = "2026-11-21" });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("Sista giltighetsdagen får inte ha passerat.", WebUtility.HtmlDecode(await pages.Ui.Html(past)));
        var malformed = await pages.Post(id, "nyckel", new() { ["sistaDag"] = "22/11/2026" });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("ange datumet som ÅÅÅÅ-MM-DD", WebUtility.HtmlDecode(await pages.Ui.Html(malformed)));
        Assert.DoesNotMatch(AccountPages.IssuedKey(), await pages.Ui.Html(past) + await pages.Ui.Html(malformed));
    }
}
