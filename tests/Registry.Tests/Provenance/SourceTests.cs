using System.Net;
using Registry.Tests.OData;

namespace Registry.Tests.Provenance;

/// <summary>Source, note and date precision through the API and the OData feed (ADR 0024).</summary>
public sealed class SourceTests(RegistryApp app) : ApiTests(app)
{
    [Fact]
    public async Task A_step_records_its_source_note_and_precision_and_shows_them_in_the_history_and_the_feed()
    {
        var id = await Api.Draft();

        await Api.Ok(id, "enter-into-force", new
        {
            validFrom = (string?)null,
            validTo = "2023-12-31",
            precision = new { validFrom = "unknown" },
            source = new { body = "VVG", meetingDate = "2023-12-15", agendaItem = "5" },
            note = "Riktlinjen löper ut vid årsskiftet.",
        });
        await Api.Ok(id, "schedule-follow-up", new
        {
            kind = "avstamning",
            dueOn = "2024-12-31",
            precision = new { dueOn = "year" },
            source = new { reference = "Färdplanen, avsnitt 4" },
        });

        var state = await Api.State(id);
        Assert.True(state.IsNull("validFrom"));
        Assert.Equal("unknown", state.Text("validFromPrecision"));
        var history = await Api.History(id);
        Assert.Equal("källa saknas", history[0].Text("source"));
        Assert.Equal("VVG 2023-12-15 punkt 5", history[1].Text("source"));
        Assert.Equal("Riktlinjen löper ut vid årsskiftet.", history[1].Text("note"));
        Assert.Equal("Version 1 gäller okänt – 2023-12-31", history[1].Text("summary"));
        Assert.Equal("Färdplanen, avsnitt 4", history[2].Text("source"));
        Assert.Equal("year", history[2].Text("businessDatePrecision"));
        var feed = new ODataFeed(Api.Http);
        var document = Assert.Single(await feed.Rows($"/odata/Documents?$filter=Id eq {id}"));
        Assert.True(document.IsNull("ValidFrom"));
        Assert.Equal("Unknown", document.Text("ValidFromPrecision"));
        Assert.Equal("Day", document.Text("ValidToPrecision"));
        Assert.Equal("Riktlinje", document.Text("KindLabel"));
        var period = Assert.Single(await feed.Rows($"/odata/ValidityPeriods?$filter=DocumentId eq {id}"));
        Assert.True(period.IsNull("ValidFrom"));
        Assert.Equal("Unknown", period.Text("ValidFromPrecision"));
        Assert.Equal("Ursprunglig", period.Text("BasisLabel"));
        var events = await feed.Rows($"/odata/LifecycleEvents?$filter=DocumentId eq {id}&$orderby=Sequence");
        Assert.Equal(["källa saknas", "VVG 2023-12-15 punkt 5", "Färdplanen, avsnitt 4"], events.Select(e => e.Text("Source")));
        Assert.Equal("Riktlinjen löper ut vid årsskiftet.", events[1].Text("Note"));
        Assert.Equal("Year", events[2].Text("BusinessDatePrecision"));
    }

    [Theory]
    [InlineData("{\"newValidTo\":\"2026-12-31\",\"decision\":{\"body\":\"VVG\",\"meetingDate\":\"2023-12-15\"},\"notee\":\"x\"}", "notee")]
    [InlineData("{\"newValidTo\":\"2026-12-31\",\"decision\":{\"body\":\"VVG\",\"meetingDate\":\"2023-12-15\"},\"source\":{\"bodyy\":\"VVG\"}}", "source.bodyy")]
    public async Task A_member_the_step_does_not_know_is_a_400_naming_it_and_nothing_is_recorded(string json, string member)
    {
        var id = await Api.InForce();

        var problem = await Api.Rejects(id, "extend", json, member,
            $"Fältet {member} finns inte för det här steget. Kontrollera stavningen; okända fält sparas aldrig.");

        Assert.Equal("Ogiltig JSON", problem.Text("title"));
    }

    [Fact]
    public async Task An_unknown_member_when_drafting_is_a_400_naming_it()
    {
        var response = await Api.Http.PostAsync("/api/documents",
            ApiClient.Content("{\"title\":\"T\",\"kind\":\"riktlinje\",\"ownerBodies\":[\"VVG\"],\"draftedon\":\"2020-01-01\",\"datum\":1}"),
            TestContext.Current.CancellationToken);

        var problem = await ApiClient.ExpectProblem(response, HttpStatusCode.BadRequest);
        Assert.Equal("Fältet datum finns inte för det här steget. Kontrollera stavningen; okända fält sparas aldrig.", problem.Text("detail"));
    }
}
