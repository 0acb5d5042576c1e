using System.Net.Http.Headers;
using System.Text;
using Registry.Tests.Ui;

namespace Registry.Tests.Sheets;

/// <summary>The "Importera register" page (issue 16, point 1): upload, the dry run's report, then the import.</summary>
public sealed class ImportPageTests(RegistryApp app)
{
    private static MultipartFormDataContent Upload(Dictionary<string, string> form, byte[] file, string name)
    {
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in form.Where(f => f.Key == "__RequestVerificationToken")) content.Add(new StringContent(value), key);
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(part, "fil", name);
        return content;
    }

    [Fact]
    public async Task An_admin_uploads_a_register_reads_the_dry_run_and_imports_it()
    {
        var title = "Riktlinje från sidan " + Guid.NewGuid().ToString("N")[..8];
        var ui = UiClient.For(app);
        await ui.SignIn(TestAccounts.Admin);
        var form = await ui.Form("/import");
        var file = SheetClient.Csv(SheetClient.Windows1252, "Titel;Typ;Ägande organ;Gäller från;Gäller till",
            $"{title};Riktlinje;VVG;2024-01-01;2025-12-31", $"{title} 2;Okänd typ;VVG;;");

        var preview = await ui.Http.PostAsync("/import?handler=Forhandsgranska", Upload(form, file, "register.csv"), TestContext.Current.CancellationToken);

        var html = await ui.Html(preview);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Förhandsgranskning – inget är registrerat ännu", html);
        Assert.Contains("register.csv: 2 rader: 1 skapas, 0 uppdateras, 0 oförändrade, 1 avvisas.", html);
        Assert.Contains("Cell B3: Okänd dokumenttyp", html);
        Assert.Contains("Importera 1 rader", html);

        var applyForm = UiClientForms(html);
        var applied = await ui.Post("/import?handler=Genomfor", applyForm);

        var done = await ui.Html(applied);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Contains("Importen är genomförd", done);
        var link = System.Text.RegularExpressions.Regex.Match(done, "href=\"/dokument/([0-9a-f-]{36})\"");
        Assert.True(link.Success, done);
        var state = await app.Api().State(Guid.Parse(link.Groups[1].Value));
        Assert.Equal(title, state.Text("title"));
    }

    [Fact]
    public async Task A_bad_file_on_the_page_is_a_400_in_swedish_and_readers_cannot_import()
    {
        var ui = UiClient.For(app);
        await ui.SignIn(TestAccounts.Admin);
        var form = await ui.Form("/import");
        var response = await ui.Http.PostAsync("/import?handler=Forhandsgranska",
            Upload(form, [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0], "bild.png"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Filen är inte ett kalkylblad.", await ui.Html(response));

        var reader = UiClient.For(app);
        await reader.SignIn(TestAccounts.Reader);
        var page = await reader.Http.GetAsync("/import", TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
    }

    /// <summary>The hidden inputs of the report's import form (the token and the antiforgery token).</summary>
    private static Dictionary<string, string> UiClientForms(string html)
    {
        var inputs = new Dictionary<string, string>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html,
                     """<input[^>]*name="(?<name>[^"]+)"[^>]*value="(?<value>[^"]*)"[^>]*>"""))
            inputs[WebUtility.HtmlDecode(m.Groups["name"].Value)] = WebUtility.HtmlDecode(m.Groups["value"].Value);
        return inputs;
    }
}
