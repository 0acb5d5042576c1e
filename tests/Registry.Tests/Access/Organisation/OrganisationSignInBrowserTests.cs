using Microsoft.Playwright;
using Registry.Tests.Ui;
using static Microsoft.Playwright.Assertions;

namespace Registry.Tests.Access.Organisation;

/// <summary>
/// Signing in to the UI with the organisation's account (issue 15, point 1): the authorization-code flow with PKCE in
/// Chromium against the OpenID Connect provider on loopback, roles mapped from the ID token, and a sign-out that ends
/// both the registry's session and the provider's.
/// </summary>
public sealed class OrganisationSignInBrowserTests(OrganisationApp app) : IClassFixture<OrganisationApp>, IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserApp.Launch(_playwright);
    }

    private async Task<IPage> SignIn(string person, string role, string path)
    {
        app.Provider.Person = (person, [role]);
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, Locale = "sv-SE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/logga-in"));
        var authorize = page.WaitForRequestAsync(r => r.Url.StartsWith(app.Provider.Issuer + "connect/authorize"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Logga in med organisationskonto" }).ClickAsync();
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri((await authorize).Url).Query);
        Assert.Equal("code", query["response_type"].ToString());
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        Assert.False(string.IsNullOrEmpty(query["code_challenge"].ToString()));
        await Expect(page.GetByText($"Inloggad som {person}")).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task An_admin_by_app_role_signs_in_with_code_and_PKCE_reaches_the_admin_page_and_signs_out_of_both()
    {
        var page = await SignIn("anna.andersson@vgregion.se", TestIdentityProvider.AdminRole, "/konton");

        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/konton");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Konton");
        await Expect(page.Locator(".anvandare")).ToContainTextAsync("(administratör)");
        await BrowserApp.Screenshot(page, "organisationskonto-inloggad");

        var endSessions = app.Provider.EndSessions;
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/logga-in$"));
        Assert.Equal(endSessions + 1, app.Provider.EndSessions);
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/logga-in"));
    }

    [Fact]
    public async Task A_reader_by_app_role_reads_but_is_refused_the_admin_page()
    {
        var page = await SignIn("bo.berg@vgregion.se", TestIdentityProvider.ReaderRole, "/");

        await Expect(page.Locator(".anvandare")).ToContainTextAsync("Inloggad som bo.berg@vgregion.se (läsare)");
        await page.GotoAsync("/konton");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Behörighet saknas");
    }

    [Fact]
    public async Task Local_accounts_still_sign_in_next_to_the_organisations_accounts()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, Locale = "sv-SE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/logga-in");
        await page.GetByLabel("Användarnamn").FillAsync(TestAccounts.Admin);
        await page.GetByLabel("Lösenord").FillAsync(TestAccounts.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Expect(page.GetByText($"Inloggad som {TestAccounts.Admin}")).ToBeVisibleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
