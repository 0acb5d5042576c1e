using Registry.Tests.Warnings;

namespace Registry.Tests.Ui;

/// <summary>The "Varningar" section of the document page: the warnings issued, and acknowledging them as an admin.</summary>
public sealed partial class WarningSectionTests(RegistryApp app, WarningsHostFixture fixture) : IClassFixture<WarningsHostFixture>
{
    /// <summary>A document ending in 95 days, whose 180-day warning has been issued.</summary>
    private async Task<(WarningsHost Host, Guid Id, LocalDate End)> Warned()
    {
        var host = await fixture.Host(app, today: new LocalDate(2034, 4, 3));
        var api = host.Api();
        var end = host.Today.PlusDays(95);
        var id = await api.InForce("2033-01-01", Iso(end));
        await host.Evaluate();
        return (host, id, end);
    }

    private static async Task<UiClient> SignedIn(WarningsHost host, string user)
    {
        var ui = new UiClient(host.Factory.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        await ui.SignIn(user);
        return ui;
    }

    private static async Task<string> Page(UiClient ui, Guid id)
    {
        var response = await ui.Http.GetAsync($"/dokument/{id}", TestContext.Current.CancellationToken);
        await ApiClient.Expect(response, HttpStatusCode.OK);
        return await ui.Html(response);
    }

    private static string WarningsSection(string html) =>
        html[html.IndexOf("<h2 id=\"varningar-rubrik\">", StringComparison.Ordinal)..html.IndexOf("<h2 id=\"historik-rubrik\">", StringComparison.Ordinal)];

    [Fact]
    public async Task The_document_page_lists_an_issued_warning_and_an_admin_acknowledges_it()
    {
        var (host, id, end) = await Warned();
        var ui = await SignedIn(host, TestAccounts.Admin);

        var section = WarningsSection(await Page(ui, id));
        Assert.Contains("<th scope=\"row\">Dokumentet upphör</th>", section);
        Assert.Contains("<td>180 dagar före</td>", section);
        Assert.Contains(Iso(end), section);
        Assert.Contains("2034-04-03 09:00", section);
        Assert.Contains("Ingen kanal konfigurerad", section);
        var action = Assert.Single(KvitteraForms().Matches(section)).Groups["action"].Value;

        var response = await ui.Post(action, await ui.Form($"/dokument/{id}"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/dokument/{id}", response.Headers.Location?.ToString());
        var after = await Page(ui, id);
        Assert.Contains("Varningen är kvitterad.", after);
        Assert.Contains($"2034-04-03 09:00 av {TestAccounts.Admin}", WarningsSection(after));
        Assert.Empty(KvitteraForms().Matches(WarningsSection(after)));
        var warning = Assert.Single(await ForDocument(host.Api(), id));
        Assert.Equal(TestAccounts.Admin, warning["acknowledgedBy"]!.GetValue<string>());
    }

    [Fact]
    public async Task Acknowledging_twice_keeps_the_first_acknowledgement()
    {
        var (host, id, _) = await Warned();
        var ui = await SignedIn(host, TestAccounts.Admin);
        var action = KvitteraForms().Match(WarningsSection(await Page(ui, id))).Groups["action"].Value;
        var form = await ui.Form($"/dokument/{id}");
        await ui.Post(action, form);

        var again = await ui.Post(action, form);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("Varningen var redan kvitterad.", await Page(ui, id));
    }

    [Fact]
    public async Task A_reader_sees_the_warnings_but_cannot_acknowledge_them()
    {
        var (host, id, _) = await Warned();
        var admin = await SignedIn(host, TestAccounts.Admin);
        var action = KvitteraForms().Match(WarningsSection(await Page(admin, id))).Groups["action"].Value;
        var reader = await SignedIn(host, TestAccounts.Reader);

        var section = WarningsSection(await Page(reader, id));
        var post = await reader.Post(action, await reader.Form($"/dokument/{id}"));

        Assert.Contains("Dokumentet upphör", section);
        Assert.Empty(KvitteraForms().Matches(section));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.StartsWith("/ingen-behorighet", post.Headers.Location?.PathAndQuery);
        Assert.Null(Assert.Single(await ForDocument(host.Api(), id))["acknowledgedBy"]);
    }

    [Fact]
    public async Task Acknowledging_without_the_antiforgery_token_is_refused()
    {
        var (host, id, _) = await Warned();
        var ui = await SignedIn(host, TestAccounts.Admin);
        var action = KvitteraForms().Match(WarningsSection(await Page(ui, id))).Groups["action"].Value;

        var post = await ui.Post(action, []);

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Null(Assert.Single(await ForDocument(host.Api(), id))["acknowledgedBy"]);
    }

    [Fact]
    public async Task A_warning_posted_under_another_documents_address_is_not_acknowledged()
    {
        var (host, id, _) = await Warned();
        var other = await host.Api().Draft();
        var ui = await SignedIn(host, TestAccounts.Admin);
        var action = KvitteraForms().Match(WarningsSection(await Page(ui, id))).Groups["action"].Value;

        var post = await ui.Post(action.Replace(id.ToString(), other.ToString()), await ui.Form($"/dokument/{other}"));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("Varningen finns inte för det här dokumentet.", await Page(ui, other));
        Assert.Null(Assert.Single(await ForDocument(host.Api(), id))["acknowledgedBy"]);
    }

    [Fact]
    public async Task The_section_says_what_is_true_today_and_what_can_be_done()
    {
        var (host, id, end) = await Warned();
        var ui = await SignedIn(host, TestAccounts.Reader);
        host.SetToday(host.Today.PlusDays(3));

        var section = WarningsSection(await Page(ui, id));

        Assert.Contains($"<strong>Dokumentet upphör: {Iso(end)} – om 92 dagar.</strong>", section);
        Assert.Contains("Förlängning kräver beslut av VVG.", section);
        Assert.Contains("<th scope=\"col\">Läge i dag</th>", section);
        Assert.Contains("<td>om 92 dagar</td>", section);
    }

    [Fact]
    public async Task A_threshold_covered_by_a_more_urgent_one_is_shown_as_not_sent_and_has_no_button()
    {
        var host = await fixture.Host(app, today: new LocalDate(2034, 6, 1));
        var api = host.Api();
        var id = await api.InForce("2033-01-01", Iso(host.Today.PlusDays(40)));
        await host.Evaluate();
        var ui = await SignedIn(host, TestAccounts.Admin);

        var section = WarningsSection(await Page(ui, id));

        Assert.Contains("Skickades inte: täcks av varningen 90 dagar före", section);
        Assert.Single(KvitteraForms().Matches(section));
    }

    [Fact]
    public async Task The_acknowledge_link_of_a_mail_asks_for_sign_in_then_shows_the_warning_and_acknowledges_only_on_confirmation()
    {
        var (host, id, end) = await Warned();
        var warningId = Assert.Single(await ForDocument(host.Api(), id))["id"]!.GetValue<string>();
        var link = $"/dokument/{id}/varningar/{warningId}/kvittera";
        var ui = new UiClient(host.Factory.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

        var anonymous = await ui.Http.GetAsync(link, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal($"/logga-in?ReturnUrl={Uri.EscapeDataString(link)}", anonymous.Headers.Location?.PathAndQuery);

        await ui.SignIn(TestAccounts.Admin);
        var page = await ui.Http.GetAsync(link, TestContext.Current.CancellationToken);
        await ApiClient.Expect(page, HttpStatusCode.OK);
        var html = await ui.Html(page);
        Assert.Contains($"Dokumentet upphör: {Iso(end)} – om 95 dagar.", html);
        Assert.Contains("Förlängning kräver beslut av VVG.", html);
        Assert.Contains("Kvittera varningen</button>", html);
        Assert.Null(Assert.Single(await ForDocument(host.Api(), id))["acknowledgedBy"]);

        var confirmed = await ui.Post(link, await ui.Form(link));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal($"/dokument/{id}", confirmed.Headers.Location?.ToString());
        Assert.Equal(TestAccounts.Admin, Assert.Single(await ForDocument(host.Api(), id))["acknowledgedBy"]!.GetValue<string>());
        Assert.Contains("Varningen kvitterades", await ui.Html(await ui.Http.GetAsync(link, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task The_acknowledge_page_of_a_warning_of_another_document_is_not_found()
    {
        var (host, id, _) = await Warned();
        var warningId = Assert.Single(await ForDocument(host.Api(), id))["id"]!.GetValue<string>();
        var ui = await SignedIn(host, TestAccounts.Admin);

        var response = await ui.Http.GetAsync($"/dokument/{Guid.NewGuid()}/varningar/{warningId}/kvittera", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Varningen finns inte för det här dokumentet.", await ui.Html(response));
    }

    [GeneratedRegex("""<form method="post" action="(?<action>/dokument/[^"]+/kvittera)""")]
    private static partial Regex KvitteraForms();
}
