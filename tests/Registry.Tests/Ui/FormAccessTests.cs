using Registry.Web.Access;
using Registry.Web.Ui.Forms;

namespace Registry.Tests.Ui;

/// <summary>The UI's forms over HTTP: who may post, CSRF protection, and every lifecycle step's form.</summary>
public sealed class FormAccessTests(RegistryApp app)
{
    private static readonly Dictionary<string, string> Extension = new()
    {
        ["newValidTo"] = "2026-12-31",
        ["decision.body"] = "VVG",
        ["decision.meetingDate"] = "2023-12-15",
        ["decision.agendaItem"] = "5",
    };

    private Task<Guid> InForce() => app.Api().InForce();

    private static Dictionary<string, string> With(Dictionary<string, string> form, Dictionary<string, string> values)
    {
        foreach (var (key, value) in values) form[key] = value;
        return form;
    }

    [Fact]
    public async Task Admin_records_an_extension_through_the_form_as_themself()
    {
        var id = await InForce();
        var ui = await UiClient.SignedIn(app, TestAccounts.Admin);

        var response = await ui.Post($"/dokument/{id}/extend", With(await ui.Form($"/dokument/{id}/extend"), Extension));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/dokument/{id}", response.Headers.Location?.ToString());
        var state = await app.Api().State(id);
        Assert.Equal("2026-12-31", state["validTo"]!.GetValue<string>());
        Assert.Equal(TestAccounts.Admin, state["lastChangedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_form_posted_without_the_antiforgery_token_is_refused()
    {
        var id = await InForce();
        var ui = await UiClient.SignedIn(app, TestAccounts.Admin);
        var form = With(await ui.Form($"/dokument/{id}/extend"), Extension);
        form.Remove("__RequestVerificationToken");

        var response = await ui.Post($"/dokument/{id}/extend", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await app.Api().AssertNotRecorded(id, "document_extended");
    }

    [Fact]
    public async Task A_reader_cannot_open_or_post_a_form()
    {
        var id = await InForce();
        var admin = await UiClient.SignedIn(app, TestAccounts.Admin);
        var form = With(await admin.Form($"/dokument/{id}/extend"), Extension);
        var reader = await UiClient.SignedIn(app, TestAccounts.Reader);
        form["__RequestVerificationToken"] = (await reader.Form("/logga-in"))["__RequestVerificationToken"];

        var open = await reader.Http.GetAsync($"/dokument/{id}/extend", TestContext.Current.CancellationToken);
        var post = await reader.Post($"/dokument/{id}/extend", form);

        UiClient.AssertRedirect(open, "/ingen-behorighet");
        UiClient.AssertRedirect(post, "/ingen-behorighet");
        await app.Api().AssertNotRecorded(id, "document_extended");
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_and_cannot_post()
    {
        var id = await InForce();
        var anonymous = UiClient.For(app);

        var overview = await anonymous.Http.GetAsync("/", TestContext.Current.CancellationToken);
        var post = await anonymous.Post($"/dokument/{id}/extend", Extension);

        UiClient.AssertRedirect(overview, "/logga-in");
        UiClient.AssertRedirect(post, "/logga-in");
        await app.Api().AssertNotRecorded(id, "document_extended");
    }

    [Theory]
    [InlineData("/dokument/00000000-0000-0000-0000-000000000001")]
    [InlineData("/dokument/00000000-0000-0000-0000-000000000001/extend")]
    public async Task An_unknown_document_gives_a_Swedish_404_page(string path)
    {
        var ui = await UiClient.SignedIn(app, TestAccounts.Admin);

        var response = await ui.Http.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Finns inte</h1>", await ui.Html(response));
    }

    [Fact]
    public async Task An_unknown_step_gives_a_404_page()
    {
        var id = await InForce();
        var ui = await UiClient.SignedIn(app, TestAccounts.Admin);

        var response = await ui.Http.GetAsync($"/dokument/{id}/rensa-allt", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Finns inte</h1>", await ui.Html(response));
    }

    [Fact]
    public async Task A_UI_session_ends_when_the_accounts_role_is_changed()
    {
        var id = await InForce();
        var name = "tillfällig-" + Guid.NewGuid().ToString("N")[..6];
        const string password = "ett-långt-lösenord";
        var accounts = app.Factory.Services.GetRequiredService<AccountService>();
        await accounts.SaveAsync(name, Roles.Admin, password, "test", TestContext.Current.CancellationToken);
        var ui = UiClient.For(app);
        await ui.SignIn(name, password);
        var before = await ui.Http.GetAsync($"/dokument/{id}/extend", TestContext.Current.CancellationToken);

        await accounts.SaveAsync(name, Roles.Reader, password, "test", TestContext.Current.CancellationToken);
        var after = await ui.Http.GetAsync($"/dokument/{id}/extend", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        UiClient.AssertRedirect(after, "/logga-in");
    }

    [Fact]
    public async Task The_UI_cookie_does_not_authenticate_API_requests()
    {
        var ui = await UiClient.SignedIn(app, TestAccounts.Admin);

        var response = await ui.Http.PostAsync("/api/documents",
            ApiClient.Content(new { title = "Via kakan", kind = "rutin", ownerBodies = new[] { "VVG" } }),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Every_lifecycle_step_has_a_form_with_labelled_inputs()
    {
        var id = await InForce();
        var ui = await UiClient.SignedIn(app, TestAccounts.Admin);

        foreach (var step in LifecycleSteps.All.Append(DraftDocument.Step))
        {
            var path = step == DraftDocument.Step ? "/dokument/nytt" : $"/dokument/{id}/{step.Name}";
            var response = await ui.Http.GetAsync(path, TestContext.Current.CancellationToken);
            await ApiClient.Expect(response, HttpStatusCode.OK);
            var html = await ui.Html(response);
            Assert.Contains($"<h1>{step.Title}</h1>", html);
            foreach (var field in new StepForm(step, new FormContext(null, [], [])).AllFields()
                         .Where(f => f.Kind != FieldKind.Group))
                Assert.Contains($"<label for=\"{field.Id}\">", html);
        }
    }

    [Fact]
    public async Task A_follow_up_scheduled_through_its_form_appears_on_the_document_page()
    {
        var id = await InForce();
        var ui = await UiClient.SignedIn(app, TestAccounts.Admin);
        var form = With(await ui.Form($"/dokument/{id}/schedule-follow-up"), new()
        {
            ["kind"] = "utvardering",
            ["dueOn"] = "2027-03-31",
            ["description"] = "Utvärdering efter ett år",
        });

        var response = await ui.Post($"/dokument/{id}/schedule-follow-up", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await ui.Html(await ui.Http.GetAsync($"/dokument/{id}", TestContext.Current.CancellationToken));
        Assert.Contains("Utvärdering efter ett år", page);
        Assert.Contains("Uppföljningen är planerad.", page);
    }
}
