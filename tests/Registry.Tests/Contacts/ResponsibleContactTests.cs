namespace Registry.Tests.Contacts;

/// <summary>Responsible people through the API: recorded with history, shown in the document, OData and the UI.</summary>
public sealed class ResponsibleContactTests(RegistryApp app) : ApiTests(app)
{
    [Fact]
    public async Task A_contact_is_recorded_shown_and_removed_with_history()
    {
        var id = await Api.InForce();
        await Api.Ok(id, "add-responsible-contact", new { name = "Anna Andersson", email = "anna@vgregion.se", role = "forvaltare" });
        await Api.Ok(id, "add-responsible-contact", new { name = "Bo Berg", email = "bo@boras.se", role = "kontaktperson" });

        var contacts = (await Api.State(id))["responsibleContacts"]!.AsArray();
        Assert.Equal(["anna@vgregion.se", "bo@boras.se"], contacts.Select(c => c.Text("email")));
        Assert.Equal("kontaktperson", contacts[1].Text("role"));
        var added = await Api.LastEvent(id, "responsible_contact_added");
        Assert.Equal("bo@boras.se", added["contact"].Text("email"));

        var feed = new OData.ODataFeed(Api.Http);
        var row = Assert.Single(await feed.Rows($"/odata/Documents?$filter=Id eq {id}&$select=ResponsibleContacts"));
        Assert.Equal("Anna Andersson <anna@vgregion.se>, förvaltare; Bo Berg <bo@boras.se>, kontaktperson",
            row!["ResponsibleContacts"]!.GetValue<string>());

        await Api.Ok(id, "remove-responsible-contact", new { email = "anna@vgregion.se", reason = "Slutat" });
        Assert.Equal(["bo@boras.se"], (await Api.State(id))["responsibleContacts"]!.AsArray().Select(c => c.Text("email")));
        var history = await Api.History(id);
        Assert.Equal("Ansvarig person borttagen", history[^1].Text("label"));
        Assert.Equal("anna@vgregion.se; Slutat", history[^1].Text("summary"));
    }

    [Fact]
    public async Task A_bad_address_is_a_400_naming_the_field_and_nothing_is_recorded() =>
        await Api.Rejects(await Api.InForce(), "add-responsible-contact", new { name = "Anna", email = "anna(at)vgregion.se" },
            "email", "\"anna(at)vgregion.se\" är ingen e-postadress (namn@exempel.se).");
}
