using System.Text.RegularExpressions;
using Registry.Tests.Ui;

namespace Registry.Tests.Access;

/// <summary>The /konton pages over HTTP, as an administrator's browser without JavaScript uses them.</summary>
public sealed partial class AccountPages(RegistryApp app, UiClient admin)
{
    public const string Password = "ett-långt-lösenord-för-test";

    public static async Task<AccountPages> SignedIn(RegistryApp app)
    {
        var ui = UiClient.For(app);
        await ui.SignIn(TestAccounts.Admin);
        return new AccountPages(app, ui);
    }

    public UiClient Ui => admin;

    public static string NewName(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>Only the antiforgery token of a page: its other inputs belong to other forms.</summary>
    public async Task<Dictionary<string, string>> Token(string path)
    {
        var inputs = await admin.Form(path);
        return new Dictionary<string, string> { ["__RequestVerificationToken"] = inputs["__RequestVerificationToken"] };
    }

    public async Task<HttpResponseMessage> Create(string name, string role = "reader", string password = Password)
    {
        var form = await Token("/konton");
        form["namn"] = name;
        form["roll"] = role;
        form["losenord"] = password;
        return await admin.Post("/konton", form);
    }

    public async Task<string> Created(string name, string role = "reader")
    {
        await ApiClient.Expect(await Create(name, role), HttpStatusCode.OK);
        return name;
    }

    /// <summary>POST one of the account page's forms (handler: roll, inaktivera, aktivera, nyckel, aterkalla, giltighet).</summary>
    public async Task<HttpResponseMessage> Post(string account, string handler, Dictionary<string, string>? values = null)
    {
        var path = $"/konton/{Uri.EscapeDataString(account)}";
        var form = await Token(path);
        foreach (var (key, value) in values ?? []) form[key] = value;
        return await admin.Post($"{path}?handler={handler}", form);
    }

    /// <summary>Issue a key on the page; returns the key, read from the response that shows it once.</summary>
    public async Task<string> IssueKey(string account, string? lastDay = null, string label = "arbetsbok")
    {
        var response = await Post(account, "nyckel", new() { ["etikett"] = label, ["sistaDag"] = lastDay ?? "" });
        await ApiClient.Expect(response, HttpStatusCode.OK);
        return IssuedKey().Match(await admin.Html(response)).Groups["key"].Value;
    }

    public async Task<string> Page(string path)
    {
        var response = await admin.Http.GetAsync(path, TestContext.Current.CancellationToken);
        await ApiClient.Expect(response, HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await admin.Html(response));
    }

    public HttpClient Basic(string user, string password = Password) => TestAccounts.Basic(app.Factory.CreateClient(), user, password);

    public HttpClient WithKey(string key)
    {
        var http = app.Factory.CreateClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return http;
    }

    public static async Task<HttpStatusCode> Read(HttpClient http) =>
        (await http.GetAsync("/api/documents", TestContext.Current.CancellationToken)).StatusCode;

    [GeneratedRegex("""<code id="nyckel">(?<key>[0-9a-f]{16}\.[A-Za-z0-9]{40})</code>""")]
    public static partial Regex IssuedKey();
}
