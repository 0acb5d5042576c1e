using Microsoft.Playwright;

namespace Registry.Tests.Ui;

/// <summary>The per-party section of a document and the per-huvudman page, in a real browser; "today" is 2026-11-22.</summary>
public sealed class PartyPageTests(BrowserApp app) : BrowserAppTests(app)
{
    private async Task<(Guid Id, string Title)> Agreement()
    {
        var title = Unique.Title("Samverkansavtal parter");
        var id = await Api.Draft(title, kind: "avtal");
        await Api.Ok(id, "set-adoption-requirement", new { requirement = "allParties", noticeScope = "partyOnly" });
        await Api.Ok(id, "adopt", new { party = "Borås", decidedOn = "2019-05-02" });
        await Api.Ok(id, "adopt", new { party = "VGR", decidedOn = "2019-06-18" });
        await Api.Ok(id, "enter-into-force", new { validFrom = "2020-01-01", validTo = "2026-12-31", noticePeriodMonths = 12 });
        await Api.Ok(id, "propose-extension", new { newValidTo = "2028-12-31", decision = new { body = "SRO", meetingDate = "2026-09-24", agendaItem = "6" } });
        return (id, title);
    }

    [Fact]
    public async Task A_document_says_how_many_have_adopted_who_is_missing_and_leads_to_each_huvudmans_page()
    {
        var (id, title) = await Agreement();
        var page = await App.NewPage(TestAccounts.Reader);
        await page.GotoAsync($"/dokument/{id}");

        await Expect(page.Locator("#antaganden")).ToHaveTextAsync("2 av 50");
        await Expect(page.GetByText("Har inte antagit (48)")).ToBeVisibleAsync();
        await Expect(page.Locator("#forlangning-foreslagen")).ToHaveTextAsync("Förlängning föreslagen");
        await Expect(page.Locator("#foreslagen-forlangning")).ToContainTextAsync("Till 2028-12-31, SRO 2026-09-24 punkt 6; beslut saknas från Västra Götalandsregionen, Ale");
        await Expect(page.Locator("#uppsagningsomfang")).ToContainTextAsync("avslutar bara den partens del");
        await page.GetByText("Läge per huvudman i dag (50)").ClickAsync();
        var boras = page.Locator("#parter tbody tr", new() { HasText = "Borås" });
        await Expect(boras).ToContainTextAsync("2019-05-02");
        await Expect(boras).ToContainTextAsync("2020-01-01 – 2026-12-31");
        await Expect(page.Locator("#parter tbody tr", new() { HasText = "Mark" })).ToContainTextAsync("Beslut saknas");
        await BrowserApp.Screenshot(page, "parter");

        await boras.GetByRole(AriaRole.Link, new() { Name = "Borås" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vad gäller för Borås den 2026-11-22");
        await Expect(page.Locator("#galler")).ToContainTextAsync(title);
        await page.GetByLabel("Datum").FillAsync("2019-06-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vad gäller för Borås den 2019-06-01");
        await Expect(page.Locator("#vantar tbody tr", new() { HasText = title })).ToContainTextAsync("Gäller från 2020-01-01");
        await Expect(page.Locator("section", new() { Has = page.Locator("#galler-rubrik") })).Not.ToContainTextAsync(title);
        await BrowserApp.Screenshot(page, "huvudman");
    }

    [Fact]
    public async Task After_its_own_notice_runs_out_the_huvudman_has_left_while_the_others_stay()
    {
        var (id, title) = await Agreement();
        await Api.Ok(id, "give-notice", new { party = "Borås", givenOn = "2024-06-30" });
        var page = await App.NewPage(TestAccounts.Reader);

        await page.GotoAsync("/huvudman/Bor%C3%A5s?datum=2026-06-01");
        await Expect(page.Locator("#upphort tbody tr", new() { HasText = title })).ToContainTextAsync("Har lämnat avtalet efter 2025-06-30");

        await page.GotoAsync("/huvudman/VGR?datum=2026-06-01");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vad gäller för Västra Götalandsregionen den 2026-06-01");
        await Expect(page.Locator("#galler tbody tr", new() { HasText = title })).ToContainTextAsync("Gäller");
    }

    [Fact]
    public async Task A_bad_date_or_an_unknown_huvudman_gets_a_400_page_saying_what_is_wrong()
    {
        var page = await App.NewPage(TestAccounts.Reader);

        var response = await page.GotoAsync("/huvudman/Bor%C3%A5s?datum=2026-13-01");
        Assert.Equal(400, response!.Status);
        await Expect(page.Locator("main")).ToContainTextAsync("\"2026-13-01\" är inget datum");

        response = await page.GotoAsync("/huvudman/Lund");
        Assert.Equal(400, response!.Status);
        await Expect(page.Locator("main")).ToContainTextAsync("\"Lund\" är inte en huvudman");
    }

    [Fact]
    public async Task An_admin_names_the_parties_a_document_needs_in_the_step_form()
    {
        var id = await Api.Draft(Unique.Title("Överenskommelse namngivna"), kind: "overenskommelse");
        var page = await App.NewPage(TestAccounts.Admin);
        await page.GotoAsync($"/dokument/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ange krav på beslut hos huvudmännen" }).ClickAsync();

        await page.GetByLabel("Krav på beslut").SelectOptionAsync(new SelectOptionValue { Label = "Namngivna huvudmän" });
        await page.GetByLabel(new Regex("^Namngivna huvudmän")).FillAsync("Borås\nMark");
        await page.GetByLabel("Uppsägning av en part").SelectOptionAsync(new SelectOptionValue { Label = "Avslutar bara den partens del" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Ange krav på beslut hos huvudmännen" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Kravet på beslut hos huvudmännen är registrerat." })).ToBeVisibleAsync();
        await Expect(page.Locator("#antaganden")).ToHaveTextAsync("0 av 2");
        await Expect(page.Locator("#saknar-beslut")).ToHaveTextAsync("Borås, Mark");
    }
}
