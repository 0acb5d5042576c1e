using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Registry.Tests.Ui;

namespace Registry.Tests.Reliability;

/// <summary>The smaller items of issue 13, point 9 (bidi and zero-width titles are in <see cref="OutOfBoundsInputs"/>).</summary>
public sealed class SmallerHardeningTests(RegistryApp app)
{
    [Fact]
    public async Task An_OData_query_PostgreSQL_cannot_run_is_a_400_in_Swedish_without_internal_text()
    {
        await app.Api().Draft();
        var response = await app.Api().Http.GetAsync("/odata/Documents?$filter=ExtensionCount div 0 eq 1", TestContext.Current.CancellationToken);

        await ApiClient.Expect(response, HttpStatusCode.BadRequest);
        var message = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["error"]!["message"]!.GetValue<string>();
        Assert.StartsWith("Frågan kan inte utföras i databasen.", message);
        foreach (var internalText in new[] { "22012", "LINQ", "Npgsql", "System.", "division by zero", "SELECT" })
            Assert.DoesNotContain(internalText, message, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>ADR 0019: a formula-like value is kept and served as a typed text value, which Excel loads as text.</summary>
    [Fact]
    public async Task A_formula_like_title_is_stored_as_it_is_and_served_as_a_typed_OData_string()
    {
        var title = "=HYPERLINK(\"https://angripare.example\";\"Klicka\") " + Guid.NewGuid().ToString("N")[..6];
        var api = app.Api();
        await api.Draft(title: title);

        var response = await api.Http.GetAsync($"/odata/Documents?$filter=Title eq '{title.Replace("'", "''")}'", TestContext.Current.CancellationToken);
        await ApiClient.Expect(response, HttpStatusCode.OK);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var row = Assert.Single((await response.Content.ReadFromJsonAsync<JsonObject>(TestContext.Current.CancellationToken))!["value"]!.AsArray());
        Assert.Equal(JsonValueKind.String, row!["Title"]!.GetValueKind());
        Assert.Equal(title, row["Title"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_oversized_UI_form_answers_a_Swedish_page_not_problem_json()
    {
        var ui = UiClient.For(app);
        await ui.SignIn(TestAccounts.Admin);
        var form = await ui.Form("/dokument/nytt");
        form["title"] = new string('x', 5_000_000);
        var response = await ui.Post("/dokument/nytt", form);

        Assert.True((int)response.StatusCode is 400 or 413, $"Got {(int)response.StatusCode}.");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await ui.Html(response);
        Assert.Contains("<html lang=\"sv\">", html);
        Assert.Contains("För stort formulär", html);
    }
}
