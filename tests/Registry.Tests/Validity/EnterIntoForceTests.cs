namespace Registry.Tests.Validity;

public sealed class EnterIntoForceTests(RegistryApp app) : ApiTests(app)
{
    [Fact]
    public async Task An_adopted_agreement_enters_into_force_with_its_period_and_notice_period()
    {
        var id = await Api.Draft(kind: "avtal");
        await Api.Ok(id, "adopt", new { party = "VGR", decidedOn = "2018-03-20" });

        await Api.Ok(id, "enter-into-force", new
        {
            validFrom = "2019-01-01",
            validTo = "2022-12-31",
            noticePeriodMonths = 12,
            decision = Decisions.Sro("2018-02-22", "2"),
        });

        var document = await Api.Document(id);
        Assert.Equal("Gällande", document.Text("statusLabel"));
        var state = document["document"]!;
        Assert.Equal("inForce", state.Text("status"));
        Assert.Equal("2019-01-01", state.Text("validFrom"));
        Assert.Equal("2022-12-31", state.Text("validTo"));
        Assert.Equal(12, state.Number("noticePeriodMonths"));
        Assert.Equal("2021-12-31", state.Text("noticeDeadline"));
        var period = state!["validityPeriods"]!.AsArray().Single();
        Assert.Equal("original", period.Text("basis"));
        Assert.Equal(1, period.Number("textVersion"));
        JsonAssert.Decision(period!["decision"], "SRO", "2018-02-22", "2");
        var entered = await Api.LastEvent(id, "document_entered_into_force");
        Assert.Equal("2019-01-01", entered.Text("validFrom"));
    }

    [Fact]
    public async Task A_document_can_be_in_force_until_further_notice()
    {
        var id = await Api.InForce(from: "2023-01-01", to: null, kind: "strategi");

        var state = await Api.State(id);
        Assert.True(state.IsNull("validTo"));
        Assert.True(state.IsNull("noticeDeadline"));
    }

    [Theory]
    [InlineData("2022-12-31")]
    [InlineData("2023-01-01")]
    public async Task An_end_date_not_after_the_start_date_is_rejected(string validTo) =>
        await Api.Rejects(await Api.Draft(), "enter-into-force", new { validFrom = "2023-01-01", validTo }, "validTo",
            "Slutdatum måste ligga efter startdatum.");

    [Fact]
    public async Task A_guideline_cannot_have_a_notice_period() =>
        await Api.Rejects(await Api.Draft(kind: "riktlinje"), "enter-into-force", new { validFrom = "2023-01-01", noticePeriodMonths = 6 },
            "noticePeriodMonths", "Uppsägningstid kan bara anges för avtal och överenskommelser.");

    [Fact]
    public async Task A_notice_period_must_be_whole_months_from_1_to_120() =>
        await Api.Rejects(await Api.Draft(kind: "avtal"), "enter-into-force", new { validFrom = "2023-01-01", noticePeriodMonths = 0 },
            "noticePeriodMonths", "Uppsägningstiden ska anges i hela månader, 1–120.");

    [Fact]
    public async Task A_document_already_in_force_cannot_enter_into_force_again() =>
        await Api.Rejects(await Api.InForce(), "enter-into-force", new { validFrom = "2024-01-01" }, "status",
            "Dokumentet är redan gällande. Registrera en förlängning, eller en revidering som sedan träder i kraft.");
}
