using Registry.Tests.Ui;
using Registry.Web.Access;

namespace Registry.Tests.Remiss;

/// <summary>"Skicka remisspaket" over HTTP, as a browser without JavaScript posts it.</summary>
public sealed class RemissPackagePageTests(RegistryApp app) : ApiTests(app)
{
    [Fact]
    public async Task Admin_sends_a_package_by_choosing_the_documents_on_one_form()
    {
        var first = await Api.Draft(kind: "avtal");
        var second = await Api.Draft();
        var inForce = await Api.InForce();
        var ui = UiClient.For(App);
        await ui.SignIn(TestAccounts.Admin);
        var form = await ui.Form("/remisspaket/nytt");
        var page = await ui.Html(await ui.Http.GetAsync("/remisspaket/nytt", TestContext.Current.CancellationToken));
        Assert.Contains((await Api.State(first)).Text("title"), page);
        Assert.DoesNotContain($"value=\"{inForce}\"", page);

        form.Remove("documentIds");
        form["name"] = "Avtal med tillhörande överenskommelse";
        form["sentOn"] = "2021-10-01";
        form["responseDeadline"] = "2021-12-31";
        form["otherRecipients"] = "Hälso- och sjukvårdsstyrelsen";
        var fields = form.ToList();
        fields.Add(new("documentIds", first.ToString()));
        fields.Add(new("documentIds", second.ToString()));
        var response = await ui.Http.PostAsync("/remisspaket/nytt", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/dokument/{first}", response.Headers.Location?.ToString());
        foreach (var id in new[] { first, second })
        {
            var round = (await Api.State(id))["openConsultation"]!;
            Assert.Equal("Avtal med tillhörande överenskommelse", round["package"]!.Text("name"));
            Assert.Equal(51, round["recipients"]!.AsArray().Count);
        }
    }

    [Fact]
    public async Task A_package_of_one_document_is_shown_again_with_the_error_and_nothing_recorded()
    {
        var only = await Api.Draft();
        var ui = UiClient.For(App);
        await ui.SignIn(TestAccounts.Admin);
        var form = await ui.Form("/remisspaket/nytt");
        form.Remove("documentIds");
        form["name"] = "Ett paket";
        form["sentOn"] = "2021-10-01";
        form["responseDeadline"] = "2021-12-31";
        var fields = form.ToList();
        fields.Add(new("documentIds", only.ToString()));

        var response = await ui.Http.PostAsync("/remisspaket/nytt", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ett remisspaket består av minst två styrdokument.", await ui.Html(response));
        Assert.Equal("Utkast", (await Api.Document(only)).Text("statusLabel"));
    }
}
