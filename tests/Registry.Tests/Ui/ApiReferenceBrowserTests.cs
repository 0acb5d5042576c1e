using Microsoft.Playwright;

namespace Registry.Tests.Ui;

/// <summary>The interactive API reference (Scalar) at /scalar/v1, reached from the UI by a signed-in user (ADR 0030).</summary>
public sealed class ApiReferenceBrowserTests(BrowserApp app) : BrowserAppTests(app)
{
    [Fact]
    public async Task A_signed_in_user_opens_the_reference_from_the_menu_and_sees_the_operations()
    {
        var anonymous = await App.NewPage();
        await anonymous.GotoAsync("/logga-in");
        await Expect(anonymous.GetByRole(AriaRole.Link, new() { Name = "API-referens" })).ToHaveCountAsync(0);

        var page = await App.NewPage(TestAccounts.Reader);
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "API-referens" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/scalar/v1$"));
        await Expect(page.GetByText("Alla styrdokument").First).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await page.GotoAsync("/scalar/v1#tag/livscykel/POST/api/documents/{id}/extend");
        await Expect(page.GetByText("Registrera förlängning").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await BrowserApp.Screenshot(page, "api-referens");
        Assert.DoesNotContain(errors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Try_it_sends_a_request_to_the_running_app_with_the_credentials_typed_into_the_reference()
    {
        var page = await App.NewPage(TestAccounts.Reader);
        await page.GotoAsync("/scalar/v1#tag/dokument/GET/api/documents");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Test Request") }).First.ClickAsync();
        await page.GetByLabel(new Regex("^Username", RegexOptions.IgnoreCase)).First
            .FillAsync(TestAccounts.Reader);
        await page.GetByLabel(new Regex("^Password", RegexOptions.IgnoreCase)).First
            .FillAsync(TestAccounts.PasswordOf(TestAccounts.Reader));
        await BrowserApp.Screenshot(page, "api-referens-prova");
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Send") }).First.ClickAsync(),
            response => response.Url.StartsWith(App.BaseUrl + "/api/documents", StringComparison.Ordinal) && response.Request.Method == "GET");

        Assert.Equal(200, answer.Status);
        Assert.Contains("Riktlinje medföljande personal till sjukhus", await answer.TextAsync());
        await BrowserApp.Screenshot(page, "api-referens-svar");
    }
}
