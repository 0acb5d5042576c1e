using Registry.Tests.Ui;

namespace Registry.Tests.Sheets;

/// <summary>
/// The overview and a document's history exported to .xlsx from the UI (issue 16, point 2): Swedish headers, real
/// date cells, formula-like texts kept as text, and an exported overview imported again changes nothing.
/// </summary>
public sealed class ExportTests(RegistryApp app) : ApiTests(app)
{
    private async Task<byte[]> Download(UiClient ui, string path)
    {
        var response = await ui.Http.GetAsync(path, TestContext.Current.CancellationToken);
        await ApiClient.Expect(response, HttpStatusCode.OK);
        Assert.Equal(Registry.Web.Sheets.SheetEndpoints.XlsxType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_filtered_overview_exports_with_swedish_headers_date_cells_and_formulas_as_text_and_imports_again_as_no_change()
    {
        var tag = "Export " + Guid.NewGuid().ToString("N")[..8];
        var agreement = await Api.InForce("2021-06-01", "2023-12-31", kind: "avtal", noticePeriodMonths: 8,
            draft: new { title = tag + " avtal", ownerBodies = new[] { "SRO", "VVG" }, officialTextUrl = "https://vardsamverkan.se/avtal.pdf" });
        await Api.Ok(agreement, "extend", new { newValidTo = "2025-12-31", decision = new { body = "SRO", meetingDate = "2023-06-01", agendaItem = "6" } });
        await Api.Draft("=HYPERLÄNK(\"http://x\") " + tag);
        await Api.Draft("-" + tag);
        var unknownStart = await Api.Draft(tag + " okänd start");
        await Api.Ok(unknownStart, "enter-into-force", new { validFrom = (string?)null, validTo = "2026-12-31", precision = new { validFrom = "unknown" } });
        await Api.Draft("Utanför filtret " + Guid.NewGuid().ToString("N")[..8]);
        var ui = UiClient.For(App);
        await ui.SignIn(TestAccounts.Reader);

        var page = await ui.Html(await ui.Http.GetAsync($"/?Sok={Uri.EscapeDataString(tag)}", TestContext.Current.CancellationToken));
        Assert.Contains($"href=\"/export/oversikt.xlsx?Sok={Uri.EscapeDataString(tag)}\"", page);
        var file = await Download(ui, $"/export/oversikt.xlsx?Sok={Uri.EscapeDataString(tag)}");

        var cells = SheetClient.Cells(file);
        Assert.Equal(["Id", "Titel", "Typ", "Ägande organ", "Status", "Gäller från", "Gäller från, precision", "Gäller till",
            "Gäller till, precision", "Uppsägningstid (månader)", "Beslutande organ", "Beslutsdatum", "Punkt", "Länk"],
            "ABCDEFGHIJKLMN".Select(c => cells[c + "1"].Value));
        var rows = cells.Where(c => c.Key.StartsWith('B') && c.Key != "B1").Select(c => c.Value.Value).ToList();
        Assert.Equal(4, rows.Count);
        var agreementRow = cells.Single(c => c.Value.Value == agreement.ToString()).Key[1..];
        Assert.True(cells["F" + agreementRow].IsDate);
        Assert.Equal(new LocalDate(2021, 6, 1).ToDateTimeUnspecified().ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture),
            cells["F" + agreementRow].Value);
        Assert.Equal("Avtal", cells["C" + agreementRow].Value);
        Assert.Equal("SRO, VVG", cells["D" + agreementRow].Value);
        Assert.Equal("8", cells["J" + agreementRow].Value);
        var formulaCell = cells.Single(c => c.Value.Value.StartsWith("=HYPERLÄNK")).Value;
        Assert.True(formulaCell is { IsInlineText: true, QuotePrefix: true });
        Assert.True(cells.Single(c => c.Value.Value == "-" + tag).Value is { IsInlineText: true, QuotePrefix: true });
        var unknownRow = cells.Single(c => c.Value.Value == unknownStart.ToString()).Key[1..];
        Assert.Equal("Okänt", cells["G" + unknownRow].Value);

        // Round trip: the exported file, imported as a dry run, changes nothing.
        var preview = await Api.Preview(file, "styrdokument.xlsx");
        Assert.Equal(0, preview["changes"]!.GetValue<int>());
        Assert.All(preview["rows"]!.AsArray(), r => Assert.Equal("oförändrad", r!.Text("outcomeLabel")));
        Assert.Equal(4, preview["rows"]!.AsArray().Count);
        Assert.Empty(preview["unknownHeaders"]!.AsArray());
    }

    [Fact]
    public async Task A_documents_history_exports_every_event_with_its_source_and_dates_as_date_cells()
    {
        var id = await Api.InForce("2020-01-01", "2023-12-31");
        await Api.Ok(id, "extend", new { newValidTo = "2025-12-31", decision = new { body = "VVG", meetingDate = "2023-12-15", agendaItem = "5" } });
        var ui = UiClient.For(App);
        await ui.SignIn(TestAccounts.Reader);
        Assert.Contains($"/dokument/{id}/historik.xlsx", await ui.Html(await ui.Http.GetAsync($"/dokument/{id}", TestContext.Current.CancellationToken)));

        var cells = SheetClient.Cells(await Download(ui, $"/dokument/{id}/historik.xlsx"));

        Assert.Equal(["Nr", "Datum", "Datum, precision", "Händelse", "Beskrivning", "Källa", "Anteckning", "Beslut", "Registrerad av", "Registrerad"],
            new[] { "A1", "B1", "C1", "D1", "E1", "F1", "G1", "H1", "I1", "J1" }.Select(c => cells[c].Value));
        Assert.Equal(["Utkast registrerat", "Trätt i kraft", "Förlängt"], new[] { "D2", "D3", "D4" }.Select(c => cells[c].Value));
        Assert.True(cells["B3"].IsDate);
        Assert.Equal("VVG 2023-12-15 punkt 5", cells["H4"].Value);
        Assert.Equal("Dag", cells["C4"].Value);
    }

    [Fact]
    public async Task The_export_needs_a_signed_in_reader()
    {
        var anonymous = UiClient.For(App);
        var response = await anonymous.Http.GetAsync("/export/oversikt.xlsx", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
