using Json.Schema;

namespace Registry.Tests.Warnings;

/// <summary>A webhook marked as Teams receives an Adaptive Card 1.4 message that the card schema accepts.</summary>
public sealed class TeamsCardTests(RegistryApp app, WarningsHostFixture fixture) : IClassFixture<WarningsHostFixture>
{
    private const string BaseAddress = "https://styrdokument.example.se/registret/";

    private static readonly JsonSchema Schema =
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Warnings", "teams-adaptive-card-1.4.schema.json"));

    private static IReadOnlyDictionary<string, string> Settings(WarningsHostFixture fixture) => new Dictionary<string, string>
    {
        ["Registry:Warnings:TeamsWebhooks:0"] = fixture.Webhook.Url,
        ["Registry:PublicBaseAddress"] = BaseAddress,
    };

    [Fact]
    public async Task Teams_receives_a_valid_adaptive_card_with_the_facts_and_a_button_to_the_document()
    {
        var host = await fixture.Host(app, Settings, today: new LocalDate(2039, 5, 2));
        var api = host.Api();
        var title = "Riktlinje Teams " + Guid.NewGuid().ToString("N")[..6];
        var id = await api.InForce("2037-01-01", Iso(host.Today.PlusDays(29)), draft: new { title });
        await host.Evaluate();
        var warnings = await ForDocument(api, id);
        var sent = Guid.Parse(warnings.Single(w => w["coveredBy"] is null)["id"]!.GetValue<string>());
        await Eventually.True(async () => Delivery(await Get(api, sent), "teams")["status"]!.GetValue<string>() == "delivered",
            "the Teams delivery");

        var (message, key) = Assert.Single(fixture.Webhook.Accepted, a => a.IdempotencyKey == sent.ToString());

        AssertValid(message);
        var card = message["attachments"]![0]!["content"]!.AsObject();
        Assert.Equal("1.4", card["version"]!.GetValue<string>());
        var body = card["body"]!.AsArray();
        Assert.Equal(title, body[0]!["text"]!.GetValue<string>());
        Assert.Contains("om 29 dagar", body[1]!["text"]!.GetValue<string>());
        var facts = body.Single(e => e!["type"]!.GetValue<string>() == "FactSet")!["facts"]!.AsArray()
            .ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
        Assert.Equal(title, facts["Dokument"]);
        Assert.Equal("Om 29 dagar", facts["Läge"]);
        Assert.Equal("VVG", facts["Ägare"]);
        Assert.Contains(body, e => e!["text"]?.GetValue<string>().Contains("Förlängning kräver beslut av VVG") == true);
        var open = card["actions"]!.AsArray().First()!;
        Assert.Equal("Action.OpenUrl", open["type"]!.GetValue<string>());
        Assert.Equal($"{BaseAddress}dokument/{id}", open["url"]!.GetValue<string>());
        Assert.Equal(sent.ToString(), key);
    }

    [Fact]
    public void The_schema_refuses_a_card_whose_button_has_no_address()
    {
        var message = JsonNode.Parse("""
            {"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":
              {"type":"AdaptiveCard","version":"1.4","body":[{"type":"TextBlock","text":"x"}],
               "actions":[{"type":"Action.OpenUrl","title":"Öppna"}]}}]}
            """);

        var result = Schema.Evaluate(message, new EvaluationOptions { RequireFormatValidation = true });

        Assert.False(result.IsValid);
    }

    private static void AssertValid(JsonNode message)
    {
        var result = Schema.Evaluate(message, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, "Adaptive Card schema: " + string.Join("; ", errors) + "\n" + message.ToJsonString());
    }
}
