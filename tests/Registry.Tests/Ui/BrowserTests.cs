using Microsoft.Playwright;

namespace Registry.Tests.Ui;

/// <summary>The web UI in a real browser, against the demo registry, on "today" = 2026-11-22.</summary>
public sealed class BrowserTests(BrowserApp app) : BrowserAppTests(app)
{
    private const string Accompanying = "Riktlinje medföljande personal till sjukhus";

    /// <summary>A fresh document in force to 2027-12-31, its extension form open in the admin's browser.</summary>
    private async Task<(Guid Id, IPage Page)> ExtensionForm(string title)
    {
        var (id, _) = await Api.InForceTitled(title, "2020-01-01", "2027-12-31");
        var page = await App.NewPage(TestAccounts.Admin);
        await page.GotoAsync($"/dokument/{id}/extend");
        return (id, page);
    }

    private static Task SubmitExtension(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Registrera förlängning" }).ClickAsync();

    private static async Task FillExtension(IPage page, string newEnd, string body, string meetingDate, string item)
    {
        await page.GetByLabel(new Regex("^Nytt slutdatum")).FillAsync(newEnd);
        await page.GetByLabel("Beslutande organ").FillAsync(body);
        await page.GetByLabel("Mötesdatum").FillAsync(meetingDate);
        await page.GetByLabel("Punkt", new() { Exact = true }).FillAsync(item);
    }

    [Fact]
    public async Task Admin_finds_a_document_records_an_extension_and_sees_it_in_the_history()
    {
        var page = await App.NewPage(TestAccounts.Admin);
        await page.GotoAsync("/");
        await Expect(page.Locator("#loper-ut-snart")).ToContainTextAsync(Accompanying);
        await Expect(page.Locator("#loper-ut-snart").GetByRole(AriaRole.Link,
            new() { Name = $"Registrera förlängning av {Accompanying}" })).ToBeVisibleAsync();
        await BrowserApp.Screenshot(page, "oversikt");

        await page.GetByLabel("Sök på titel").FillAsync("medföljande");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök" }).ClickAsync();
        await Expect(page.Locator("#dokument tbody tr")).ToHaveCountAsync(1);
        await page.Locator("#dokument").GetByRole(AriaRole.Link, new() { Name = Accompanying }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Accompanying);
        await Expect(page.Locator("#galler-till")).ToHaveTextAsync("2026-12-31");
        await page.GetByRole(AriaRole.Link, new() { Name = "Registrera förlängning" }).ClickAsync();
        await FillExtension(page, "2027-12-31", "VVG", "2026-12-11", "7");
        await page.GetByLabel("Med redaktionella ändringar").CheckAsync();
        await SubmitExtension(page);

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Förlängningen är registrerad." })).ToBeVisibleAsync();
        await Expect(page.Locator("#galler-till")).ToHaveTextAsync("2027-12-31");
        var latest = page.Locator("#historik tbody tr").First;
        await Expect(latest).ToContainTextAsync("Förlängt");
        await Expect(latest).ToContainTextAsync("Slutdatum 2026-12-31 → 2027-12-31, VVG 2026-12-11 punkt 7");
        await Expect(latest).ToContainTextAsync("med redaktionella ändringar");
        await Expect(latest.Locator("td").Nth(2)).ToHaveTextAsync(TestAccounts.Admin);
        await Expect(page.Locator("#giltighetsperioder li").Last).ToContainTextAsync("2027-01-01 – 2027-12-31");
        await Expect(page.Locator("#beslut tbody tr").First).ToContainTextAsync("punkt 7");
        await BrowserApp.Screenshot(page, "dokument");
    }

    [Fact]
    public async Task A_rejected_extension_shows_the_rules_message_next_to_the_field_and_records_nothing()
    {
        var (id, page) = await ExtensionForm("Testriktlinje – förlängning som avvisas");

        await FillExtension(page, "2026-06-30", "VVG", "2026-05-20", "4");
        await SubmitExtension(page);

        const string message = "Det nya slutdatumet måste ligga efter nuvarande slutdatum 2027-12-31.";
        await Expect(page.Locator("#f-newValidTo-fel")).ToHaveTextAsync(message);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(message);
        await Expect(page.GetByLabel(new Regex("^Nytt slutdatum"))).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel(new Regex("^Nytt slutdatum"))).ToHaveValueAsync("2026-06-30");
        await BrowserApp.Screenshot(page, "forlangning-avvisad");

        await Api.AssertNotRecorded(id, "document_extended");
    }

    [Fact]
    public async Task Missing_input_is_reported_in_Swedish_next_to_each_field()
    {
        var (id, page) = await ExtensionForm("Testriktlinje – ofullständigt formulär");

        await page.GetByLabel("Beslutande organ").FillAsync("VVG");
        await SubmitExtension(page);

        await Expect(page.Locator("#f-newValidTo-fel")).ToHaveTextAsync("Nytt slutdatum måste anges.");
        await Expect(page.Locator("#f-decision-meetingDate-fel")).ToHaveTextAsync("Mötesdatum måste anges.");
        await Api.AssertNotRecorded(id, "document_extended");
    }

    [Fact]
    public async Task A_change_made_after_the_form_was_opened_gives_a_version_conflict()
    {
        var (id, page) = await ExtensionForm("Testriktlinje – samtidig ändring");
        await FillExtension(page, "2029-12-31", "SRO", "2026-10-01", "3");

        await Api.Ok(id, "extend", new { newValidTo = "2028-06-30", decision = Decisions.Vvg("2026-09-01") });
        await SubmitExtension(page);

        await Expect(page.Locator("#konflikt")).ToContainTextAsync("Versionskonflikt");
        await Expect(page.Locator("#konflikt")).ToContainTextAsync("har ändrats av någon annan");
        Assert.Single(await Api.HistoryTypes(id), t => t == "document_extended");
    }

    [Fact]
    public async Task A_reader_sees_no_forms_and_is_refused_the_form_page()
    {
        var (id, title) = await Api.InForceTitled("Testriktlinje – läsare", "2020-01-01", "2027-03-31");
        var page = await App.NewPage(TestAccounts.Reader);
        await page.GotoAsync("/");
        await Expect(page.Locator("#loper-ut-snart")).ToContainTextAsync(title);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Registrera förlängning" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Nytt styrdokument" })).ToHaveCountAsync(0);

        await page.GotoAsync($"/dokument/{id}");

        await Expect(page.GetByText("Du har läsbehörighet")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Registrera förlängning" })).ToHaveCountAsync(0);
        await Expect(page.Locator("form[method=post] button", new() { HasTextString = "Registrera" })).ToHaveCountAsync(0);

        await page.GotoAsync($"/dokument/{id}/extend");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Behörighet saknas");
        await Expect(page.GetByLabel(new Regex("^Nytt slutdatum"))).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Without_signing_in_the_registry_asks_for_sign_in()
    {
        var page = await App.NewPage();
        await page.GotoAsync("/");

        await Expect(page).ToHaveURLAsync(new Regex("/logga-in"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Logga in");

        await page.GetByLabel("Användarnamn").FillAsync(TestAccounts.Admin);
        await page.GetByLabel("Lösenord").FillAsync("fel-lösenord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Fel användarnamn eller lösenord.");
    }
}
