using Microsoft.Playwright;

namespace Registry.Tests.Ui;

/// <summary>"Registrera sammanträde" in a real browser: a meeting transcribed on one page, previewed, recorded once.</summary>
public sealed class MeetingPageTests(BrowserApp app) : BrowserAppTests(app)
{
    private static async Task FillRow(IPage page, int row, string number, string title, string outcome)
    {
        await page.GetByLabel($"Punkt nr (rad {row})").FillAsync(number);
        await page.GetByLabel($"Rubrik (rad {row})").FillAsync(title);
        await page.GetByLabel($"Ställningstagande (rad {row})").SelectOptionAsync(new SelectOptionValue { Label = outcome });
    }

    [Fact]
    public async Task Admin_transcribes_a_meeting_on_one_page_previews_it_and_records_every_position_at_once()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var guideline = await Api.InForce();
        var guidelineTitle = (await Api.State(guideline)).Text("title");
        var body = "VVG-test " + suffix;
        var page = await App.NewPage(TestAccounts.Admin);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Registrera sammanträde" }).ClickAsync();

        await page.GetByLabel(new Regex("^Organ")).FillAsync(body);
        await page.GetByLabel(new Regex("^Mötesdatum")).FillAsync("2023-12-15");
        await FillRow(page, 1, "5", "Förlängning av riktlinje", "Ställer sig bakom");
        await page.GetByLabel("Gäller dokument (rad 1)").SelectOptionAsync(new SelectOptionValue { Label = guidelineTitle });
        await page.GetByLabel("Ordalydelse (rad 1)").FillAsync("VVG ställer sig bakom förlängning till och med 2025-12-31.");
        await FillRow(page, 2, "9", "Uppdragshandling LSS", "Ställer sig bakom");
        await page.GetByLabel("Nytt dokument: titel (rad 2)").FillAsync("Uppdragshandling LSS " + suffix);
        await page.GetByLabel("Nytt dokument: typ (rad 2)").SelectOptionAsync(new SelectOptionValue { Label = "Uppdragshandling" });
        await FillRow(page, 3, "7", "PFIK", "Noterar informationen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Förhandsgranska" }).ClickAsync();

        var preview = page.Locator("#forhandsgranskning");
        await Expect(preview).ToContainTextAsync($"{body} 2023-12-15");
        await Expect(preview).ToContainTextAsync(guidelineTitle);
        await Expect(preview).ToContainTextAsync("Uppdragshandling LSS " + suffix + " (nytt)");
        await Expect(preview).ToContainTextAsync($"Ställer sig bakom, {body} 2023-12-15 punkt 5");
        Assert.Equal(2, (await Api.History(guideline)).Count);
        await BrowserApp.Screenshot(page, "sammantrade-forhandsgranskning");

        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera sammanträde" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{body} 2023-12-15");
        var rows = page.Locator("#punkter tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.Nth(0)).ToContainTextAsync("punkt 5");
        await Expect(rows.Nth(2)).ToContainTextAsync("Noterar informationen");
        await BrowserApp.Screenshot(page, "sammantrade");
        await rows.Nth(0).GetByRole(AriaRole.Link, new() { Name = guidelineTitle }).ClickAsync();
        var latest = page.Locator("#historik tbody tr").First;
        await Expect(latest).ToContainTextAsync("Ställningstagande");
        await Expect(latest.Locator("td.kalla")).ToHaveTextAsync($"{body} 2023-12-15 punkt 5");
        Assert.Equal(3, (await Api.History(guideline)).Count);
    }

    [Fact]
    public async Task Recording_the_same_meeting_again_shows_the_first_and_records_nothing()
    {
        var body = Unique.Title("SRO-test");
        var page = await App.NewPage(TestAccounts.Admin);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await page.GotoAsync("/sammantraden/ny");
            await page.GetByLabel(new Regex("^Organ")).FillAsync(body);
            await page.GetByLabel(new Regex("^Mötesdatum")).FillAsync("2021-11-19");
            await FillRow(page, 1, "4", "Lägesrapport om covid-19", "Noterar informationen");
            await page.GetByRole(AriaRole.Button, new() { Name = "Förhandsgranska" }).ClickAsync();
            if (attempt == 0) await page.GetByRole(AriaRole.Button, new() { Name = "Registrera sammanträde" }).ClickAsync();
        }

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync($"Sammanträdet {body} 2021-11-19 är redan registrerat.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Visa det registrerade sammanträdet" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{body} 2021-11-19");
        await BrowserApp.Screenshot(page, "sammantrade-finns-redan");
    }
}
