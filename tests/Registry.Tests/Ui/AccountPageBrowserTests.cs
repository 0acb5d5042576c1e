using Microsoft.Playwright;

namespace Registry.Tests.Ui;

/// <summary>The account administration pages in a real browser (issue 15, point 4).</summary>
public sealed class AccountPageBrowserTests(BrowserApp app) : BrowserAppTests(app)
{
    [Fact]
    public async Task Admin_creates_an_account_issues_a_key_shown_once_and_revokes_it()
    {
        var name = Unique.Title("Power BI");
        var page = await App.NewPage(TestAccounts.Admin);
        await page.GetByRole(AriaRole.Link, new() { Name = "Konton" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Konton");

        await page.GetByLabel("Användarnamn").FillAsync(name);
        await page.GetByLabel("Roll").SelectOptionAsync("reader");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa konto" }).ClickAsync();
        await Expect(page.Locator("#skapat")).ToContainTextAsync($"Kontot {name} är skapat.");
        await Expect(page.Locator("#nytt-losenord")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Za-z0-9]{20}$"));
        await page.Locator("#konton").GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();

        await page.GetByLabel("Etikett").FillAsync("Månadsrapporten");
        await page.GetByLabel("Sista giltighetsdag", new() { Exact = false }).Last.FillAsync("2027-06-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ge ut nyckel" }).ClickAsync();
        var key = await page.Locator("#nyckel").InnerTextAsync();
        Assert.Matches("^[0-9a-f]{16}\\.[A-Za-z0-9]{40}$", key);
        var row = page.Locator("#nycklar tbody tr").First;
        await Expect(row).ToContainTextAsync("Månadsrapporten");
        await Expect(row).ToContainTextAsync("2027-06-30");
        await BrowserApp.Screenshot(page, "konto-ny-nyckel");

        using var excel = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        excel.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await excel.GetAsync("/odata/Documents?$top=1", TestContext.Current.CancellationToken)).StatusCode);

        await page.GotoAsync(page.Url);
        await Expect(page.Locator("#nyckel")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Återkalla nyckel {key[..16]}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Nyckeln är återkallad." })).ToBeVisibleAsync();
        await Expect(page.Locator("#nycklar tbody tr").First).ToContainTextAsync("återkallad");
        await Expect(page.Locator("#andringar tbody tr").First).ToContainTextAsync($"API-nyckel {key[..16]} återkallades.");
        Assert.Equal(HttpStatusCode.Unauthorized, (await excel.GetAsync("/odata/Documents?$top=1", TestContext.Current.CancellationToken)).StatusCode);
    }
}
