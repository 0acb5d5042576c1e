namespace Registry.Tests.Ui;

/// <summary>The web UI over HTTP, as a browser without JavaScript uses it: cookies, forms and their hidden fields.</summary>
public sealed partial class UiClient(HttpClient http)
{
    public HttpClient Http => http;

    public static UiClient For(RegistryApp app) =>
        new(app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A fresh client of <paramref name="app"/>'s UI, signed in as <paramref name="user"/>.</summary>
    public static async Task<UiClient> SignedIn(RegistryApp app, string user)
    {
        var ui = For(app);
        await ui.SignIn(user);
        return ui;
    }

    /// <summary>The response sends the browser to a path starting with <paramref name="path"/>.</summary>
    public static void AssertRedirect(HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(path, response.Headers.Location?.PathAndQuery);
    }

    public Task SignIn(string user) => SignIn(user, TestAccounts.PasswordOf(user));

    public async Task SignIn(string user, string password)
    {
        var form = await Form("/logga-in");
        form["namn"] = user;
        form["losenord"] = password;
        var response = await Post("/logga-in", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>GET a page and read its form's hidden and filled-in inputs (the antiforgery token among them).</summary>
    public async Task<Dictionary<string, string>> Form(string path)
    {
        var response = await http.GetAsync(path, TestContext.Current.CancellationToken);
        await ApiClient.Expect(response, HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var inputs = new Dictionary<string, string>();
        // The sign-out form in the page header carries an antiforgery token too: any one of them is valid.
        foreach (Match m in Inputs().Matches(html))
            inputs[WebUtility.HtmlDecode(m.Groups["name"].Value)] = WebUtility.HtmlDecode(m.Groups["value"].Value);
        return inputs;
    }

    public Task<HttpResponseMessage> Post(string path, Dictionary<string, string> form) =>
        http.PostAsync(path, new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);

    public async Task<string> Html(HttpResponseMessage response) =>
        await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    [GeneratedRegex("""<input[^>]*name="(?<name>[^"]+)"[^>]*value="(?<value>[^"]*)"[^>]*>""")]
    private static partial Regex Inputs();
}
