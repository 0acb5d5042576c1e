using System.Text;

namespace Registry.Tests.Sheets;

/// <summary>Importing a register (issue 16, point 1): always a dry run first, each fact with its row as source.</summary>
public sealed class SheetImportTests(RegistryApp app) : ApiTests(app)
{
    private static string Tag() => Guid.NewGuid().ToString("N")[..8];

    private static readonly string Header =
        "Titel;Typ;Ägande organ;Gäller från;Gäller till;Uppsägningstid;Beslutande organ;Beslutsdatum;Punkt;Länk;Anteckning";

    [Fact]
    public async Task A_swedish_excel_csv_is_previewed_then_imported_with_the_row_as_source_and_importing_it_again_changes_nothing()
    {
        var tag = Tag();
        var file = SheetClient.Csv(SheetClient.Windows1252, Header,
            $"Riktlinje för SIP {tag};Riktlinje;SRO, VVG;2021-06-14;2025-12-31;;VVG;2021-05-20;5;https://vardsamverkan.se/sip.pdf;Enligt minnesanteckningarna",
            $"Överenskommelse om in- och utskrivning {tag};Överenskommelse;SRO;juni 2021;okänt;8 månader;SRO;2021-05;;;",
            $"Färdplan god och nära vård {tag};Strategi / färdplan;SRO;;;;;;;;",
            $"Broschyr {tag};Broschyr;SRO;2021-01-01;;;;;;;");

        var preview = await Api.Preview(file, "register.csv");

        Assert.False(preview["applied"]!.GetValue<bool>());
        Assert.Equal(["skapas", "skapas", "skapas", "avvisas"], [.. Enumerable.Range(2, 4).Select(preview.Outcome)]);
        Assert.Equal($"Överenskommelse om in- och utskrivning {tag}", preview.Row(3).Text("title"));
        Assert.Equal("B5", preview.Row(5).Text("cell"));
        Assert.Contains("Okänd dokumenttyp \"Broschyr\"", preview.Row(5).Text("reason"));
        Assert.Contains(preview.Row(2)["changes"]!.AsArray(), c => c!.GetValue<string>().StartsWith("Trätt i kraft"));
        // A dry run records nothing: the same file still creates every document.
        var again = await Api.Preview(file, "register.csv");
        Assert.Equal("skapas", again.Outcome(2));

        var imported = await Api.Apply(preview);

        Assert.True(imported["applied"]!.GetValue<bool>());
        Assert.Equal("skapas", imported.Outcome(2));
        var sip = await Api.State(imported.DocumentId(2));
        // Entered into force by the import; its end date 2025-12-31 has passed by the test clock, so it reads as lapsed (ADR 0027).
        Assert.Equal("InForce", sip.Text("recordedStatus"), ignoreCase: true);
        Assert.Equal("Lapsed", sip.Text("status"), ignoreCase: true);
        Assert.Equal("2021-06-14", sip.Text("validFrom"));
        Assert.Equal(["SRO", "VVG"], sip["ownerBodies"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal("VVG 2021-05-20 punkt 5", $"{sip["lastDecision"]!.Text("body")} {sip["lastDecision"]!.Text("meetingDate")} punkt {sip["lastDecision"]!.Text("agendaItem")}");
        var history = await Api.History(imported.DocumentId(2));
        Assert.All(history, h => Assert.Equal("import register.csv, rad 2", h.Text("source")));
        Assert.All(history, h => Assert.Equal("Enligt minnesanteckningarna", h.Text("note")));
        var agreement = await Api.State(imported.DocumentId(3));
        Assert.Equal("2021-06-01", agreement.Text("validFrom"));
        Assert.Equal("Month", agreement.Text("validFromPrecision"), ignoreCase: true);
        Assert.Equal("Unknown", agreement.Text("validToPrecision"), ignoreCase: true);
        Assert.Null(agreement["validTo"]);
        Assert.Equal(8, agreement["noticePeriodMonths"]!.GetValue<int>());
        Assert.Equal("Draft", (await Api.State(imported.DocumentId(4))).Text("status"), ignoreCase: true);
        var versions = await Task.WhenAll(Enumerable.Range(2, 3).Select(r => Api.Version(imported.DocumentId(r))));

        // The same preview cannot be imported twice, and the same file imported again changes nothing.
        var twice = await Api.Http.PostAsync($"/api/import/{preview.Text("token")}", ApiClient.NoBody(), TestContext.Current.CancellationToken);
        await ApiClient.ExpectProblem(twice, HttpStatusCode.NotFound);
        var second = await Api.Preview(file, "register.csv");
        Assert.Equal(["oförändrad", "oförändrad", "oförändrad", "avvisas"], [.. Enumerable.Range(2, 4).Select(second.Outcome)]);
        Assert.Equal(0, second["changes"]!.GetValue<int>());
        await Api.Apply(second);
        Assert.Equal(versions, await Task.WhenAll(Enumerable.Range(2, 3).Select(r => Api.Version(imported.DocumentId(r)))));
    }

    [Fact]
    public async Task A_utf8_comma_file_with_ids_extends_documents_in_force_and_refuses_what_no_step_allows_naming_the_cell()
    {
        var extended = await Api.InForce("2020-01-01", "2023-12-31", kind: "avtal", noticePeriodMonths: 12);
        var shortened = await Api.InForce("2020-01-01", "2023-12-31");
        var renamed = await Api.InForce();
        var file = SheetClient.Csv(new UTF8Encoding(true),
            "Id,Gäller till,Uppsägningstid (månader),Beslutande organ,Beslutsdatum,Punkt,Titel",
            $"{extended},2025-12-31,8,SRO,2023-12-15,6,",
            $"{shortened},2022-06-30,,VVG,2021-12-01,3,",
            $"{renamed},,,,,,Ett annat namn",
            $"{Guid.NewGuid()},2025-12-31,,VVG,2023-12-15,5,",
            $"{extended},2026-12-31,,VVG,2023-12-15,5,");

        var preview = await Api.Preview(file, "ändringar.csv");

        Assert.Equal("uppdateras", preview.Outcome(2));
        Assert.Equal(["Förlängt", "Uppsägningstiden ändrad"], preview.Row(2)["changes"]!.AsArray().Select(c => c!.GetValue<string>().Split(':')[0]));
        Assert.Equal("avvisas", preview.Outcome(3));
        Assert.Equal("B3", preview.Row(3).Text("cell"));
        Assert.Contains("måste ligga efter nuvarande slutdatum 2023-12-31", preview.Row(3).Text("reason"));
        Assert.Equal("G4", preview.Row(4).Text("cell"));
        Assert.Contains("Titeln kan inte ändras genom import", preview.Row(4).Text("reason"));
        Assert.Equal("A5", preview.Row(5).Text("cell"));
        Assert.Contains("Det finns inget styrdokument med id", preview.Row(5).Text("reason"));
        Assert.Contains("Samma styrdokument som rad 2", preview.Row(6).Text("reason"));

        await Api.Apply(preview);

        var state = await Api.State(extended);
        Assert.Equal("2025-12-31", state.Text("validTo"));
        Assert.Equal(8, state["noticePeriodMonths"]!.GetValue<int>());
        Assert.Equal("import ändringar.csv, rad 2", (await Api.History(extended)).Single(h => h.Text("label") == "Förlängt").Text("source"));
        Assert.Equal("2023-12-31", (await Api.State(shortened)).Text("validTo"));
    }

    [Fact]
    public async Task The_import_is_for_administrators()
    {
        var reader = App.Api(TestAccounts.Reader);
        var response = await reader.DryRun(SheetClient.Csv(Encoding.UTF8, "Titel", "x"), "register.csv");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
