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

    [Fact]
    public async Task Extension_ending_before_the_current_end_date_is_rejected()
    {
        var id = await Api.InForce();
        await Api.Rejects(id, "extend", new { newValidTo = "2023-06-30", decision = Decisions.Vvg("2023-05-01") }, "newValidTo",
            "Det nya slutdatumet måste ligga efter nuvarande slutdatum 2023-12-31.");
    }

    [Fact]
    public async Task Extension_without_a_decision_is_rejected()
    {
        var id = await Api.InForce();
        await Api.Rejects(id, "extend", new { newValidTo = "2026-12-31" }, "decision",
            "Beslutet (beslutande organ och mötesdatum) måste anges.");
    }

    [Fact]
    public async Task Extension_decided_after_the_document_lapsed_is_rejected()
    {
        var id = await Api.InForce();
        await Api.Rejects(id, "extend", new { newValidTo = "2026-12-31", decision = Decisions.Vvg("2024-02-01") },
            "decision.meetingDate",
            "Beslutet (2024-02-01) fattades efter att dokumentet upphört (2023-12-31); ett upphört dokument kan inte förlängas.");
    }

    [Fact]
    public async Task Expired_document_cannot_be_extended()
    {
        var id = await Api.InForce(to: "2022-12-31");
        await Api.Ok(id, "expire");
        await Api.Rejects(id, "extend", new { newValidTo = "2027-12-31", decision = Decisions.Vvg("2022-12-01") }, "status",
            "Dokumentet har upphört och kan inte förlängas.");
    }

    [Fact]
    public async Task Withdrawn_document_cannot_be_extended()
    {
        var id = await Api.Withdrawn();
        await Api.Rejects(id, "extend", new { newValidTo = "2027-12-31", decision = Decisions.Vvg("2022-12-01") }, "status",
            "Dokumentet är återkallat och kan inte förlängas.");
    }

    [Fact]
    public async Task Open_ended_document_cannot_be_extended()
    {
        var id = await Api.Draft();
        await Api.Ok(id, "enter-into-force", new { validFrom = "2023-01-01" });
        await Api.Rejects(id, "extend", new { newValidTo = "2027-12-31", decision = Decisions.Vvg("2022-12-01") }, "newValidTo",
            "Dokumentet gäller tills vidare och har inget slutdatum att förlänga.");
    }

    [Fact]
    public async Task Unknown_document_gives_404()
    {
        var id = Guid.NewGuid();
        await Api.Rejects(id, "extend", new { newValidTo = "2027-12-31", decision = Decisions.Vvg("2022-12-01") }, null,
            $"Styrdokumentet {id} finns inte.", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Malformed_date_gives_400_problem()
    {
        var id = await Api.InForce();
        await Api.Rejects(id, "extend", new { newValidTo = "2027-13-45", decision = Decisions.Vvg("2022-12-01") }, "newValidTo",
            "Fältet newValidTo har fel format.");
    }
}
