using Registry.Tests.OData;

namespace Registry.Tests.Remiss;

public sealed class RemissConferenceTests(RegistryApp app) : ApiTests(app)
{
    [Fact]
    public async Task Conferences_are_listed_with_the_remiss_in_the_api_and_odata()
    {
        var id = await Api.OnRemiss();

        await Api.Ok(id, "record-remiss-conference", new { heldOn = "2021-10-12", description = "Remisskonferens Fyrbodal", source = new { body = "SRO", meetingDate = "2021-11-19", agendaItem = "9" } });
        await Api.Ok(id, "record-remiss-conference", new { heldOn = "2021-11-01", description = "Remisskonferens Skaraborg", precision = new { heldOn = "month" } });

        var conferences = (await Api.State(id))["consultations"]![0]!["conferences"]!.AsArray();
        Assert.Equal(["Remisskonferens Fyrbodal", "Remisskonferens Skaraborg"], conferences.Select(c => c.Text("description")));
        var row = Assert.Single(await new ODataFeed(Api.Http).Rows($"/odata/Consultations?$filter=DocumentId eq {id}"));
        Assert.Equal("2021-10-12 Remisskonferens Fyrbodal; november 2021 Remisskonferens Skaraborg", row.Text("Conferences"));
    }

    [Fact]
    public async Task A_conference_without_an_open_remiss_is_refused() =>
        await Api.Rejects(await Api.Draft(), "record-remiss-conference", new { heldOn = "2021-10-12", description = "Konferens" },
            "status", "Det finns ingen öppen remiss för dokumentet.");
}
