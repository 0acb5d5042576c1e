namespace Registry.Tests.Validity;

public sealed class ExtensionTests(RegistryApp app) : ApiTests(app)
{
    [Fact]
    public async Task Extension_moves_the_end_date_and_adds_a_validity_period()
    {
        var id = await Api.InForce();

        await Api.Ok(id, "extend", new { newValidTo = "2026-12-31", withEditorialChanges = true, decision = Decisions.Vvg("2023-12-15") });

        var state = await Api.State(id);
        Assert.Equal("2026-12-31", state["validTo"]!.GetValue<string>());
        Assert.Equal("2023-12-31", state["originalValidTo"]!.GetValue<string>());
        Assert.Equal(1, state["extensionCount"]!.GetValue<int>());
        var period = state["validityPeriods"]!.AsArray()[^1]!;
        Assert.Equal("2024-01-01", period["from"]!.GetValue<string>());
        Assert.Equal("extension", period["basis"]!.GetValue<string>());
        Assert.True(period["withEditorialChanges"]!.GetValue<bool>());
        Assert.Equal("VVG", period["decision"]!["body"]!.GetValue<string>());
        Assert.Contains("document_extended", await Api.HistoryTypes(id));
    }

    [Theory]
    [InlineData("""{ "newValidTo": "2023-06-30", "decision": { "body": "VVG", "meetingDate": "2023-05-01", "agendaItem": "5" } }""",
        "newValidTo", "Det nya slutdatumet måste ligga efter nuvarande slutdatum 2023-12-31.")]
    [InlineData("""{ "newValidTo": "2026-12-31" }""", "decision", "Beslutet (beslutande organ och mötesdatum) måste anges.")]
    // Issue 12 point 4: a late extension is no longer refused outright; it must say how it applies (LateExtensionTests).
    [InlineData("""{ "newValidTo": "2026-12-31", "decision": { "body": "VVG", "meetingDate": "2024-02-01", "agendaItem": "5" } }""",
        "retroactive", "Beslutet (2024-02-01) fattades efter slutdatumet 2023-12-31. Ange om förlängningen gäller retroaktivt eller " +
        "från vilket datum den gäller igen (dagarna däremellan registreras som ett glapp), inte båda.")]
    [InlineData("""{ "newValidTo": "2027-13-45", "decision": { "body": "VVG", "meetingDate": "2022-12-01", "agendaItem": "5" } }""",
        "newValidTo", "Fältet newValidTo har fel format.")]
    public async Task An_extension_ending_too_early_without_a_decision_late_without_saying_how_or_with_a_malformed_date_is_rejected(
        string body, string field, string message) =>
        await Api.Rejects(await Api.InForce(), "extend", body, field, message);

    [Fact]
    public async Task Expired_document_cannot_be_extended()
    {
        var id = await Api.InForce(to: "2022-12-31");
        await Api.Ok(id, "expire");
        await Api.Rejects(id, "extend", new { newValidTo = "2027-12-31", decision = Decisions.Vvg("2022-12-01") }, "status",
            "Dokumentet har upphört och kan inte förlängas.");
    }

    [Fact]
    public async Task Withdrawn_document_cannot_be_extended() =>
        await Api.Rejects(await Api.Withdrawn(), "extend", new { newValidTo = "2027-12-31", decision = Decisions.Vvg("2022-12-01") }, "status",
            "Dokumentet är återkallat och kan inte förlängas.");

    [Fact]
    public async Task Open_ended_document_cannot_be_extended() =>
        await Api.Rejects(await Api.InForce(from: "2023-01-01", to: null), "extend",
            new { newValidTo = "2027-12-31", decision = Decisions.Vvg("2022-12-01") }, "newValidTo",
            "Dokumentet gäller tills vidare och har inget slutdatum att förlänga.");

    [Fact]
    public async Task Unknown_document_gives_404()
    {
        var id = Guid.NewGuid();
        await Api.Rejects(id, "extend", new { newValidTo = "2027-12-31", decision = Decisions.Vvg("2022-12-01") }, null,
            $"Styrdokumentet {id} finns inte.", HttpStatusCode.NotFound);
    }
}
