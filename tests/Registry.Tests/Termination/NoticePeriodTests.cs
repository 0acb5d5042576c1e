namespace Registry.Tests.Termination;

public sealed class NoticePeriodTests(RegistryApp app) : ApiTests(app)
{
    [Fact]
    public async Task The_parties_shorten_the_notice_period_from_twelve_to_eight_months()
    {
        var id = await Api.InForce(from: "2013-01-01", to: "2018-12-31", kind: "avtal", noticePeriodMonths: 12);
        Assert.Equal("2017-12-31", (await Api.State(id)).Text("noticeDeadline"));

        await Api.Ok(id, "change-notice-period", new { noticePeriodMonths = 8, decision = Decisions.Sro("2018-02-22", "2") });

        var state = await Api.State(id);
        Assert.Equal(8, state.Number("noticePeriodMonths"));
        // SRO 2018-02-22 punkt 2: "måste sägas upp senast den 30 april 2018".
        Assert.Equal("2018-04-30", state.Text("noticeDeadline"));
        var changed = await Api.LastEvent(id, "notice_period_changed");
        Assert.Equal(12, changed.Number("previousMonths"));
        JsonAssert.Decision(changed["decision"], "SRO", "2018-02-22", "2");
    }

    [Fact]
    public async Task A_guideline_has_no_notice_period_to_change() =>
        await Api.Rejects(await Api.InForce(), "change-notice-period", new { noticePeriodMonths = 8, decision = Decisions.Sro("2018-02-22") },
            "noticePeriodMonths", "Uppsägningstid kan bara anges för avtal och överenskommelser.");

    [Fact]
    public async Task The_same_notice_period_again_is_rejected() =>
        await Api.Rejects(await Api.InForce(kind: "avtal", noticePeriodMonths: 12), "change-notice-period",
            new { noticePeriodMonths = 12, decision = Decisions.Sro("2018-02-22") }, "noticePeriodMonths",
            "Den nya uppsägningstiden är samma som den nuvarande.");

    [Fact]
    public async Task A_change_without_a_decision_is_rejected() =>
        await Api.Rejects(await Api.InForce(kind: "avtal", noticePeriodMonths: 12), "change-notice-period",
            new { noticePeriodMonths = 8 }, "decision", "Beslutet (beslutande organ och mötesdatum) måste anges.");

    [Fact]
    public async Task A_notice_period_out_of_range_is_rejected() =>
        await Api.Rejects(await Api.InForce(kind: "avtal", noticePeriodMonths: 12), "change-notice-period",
            new { noticePeriodMonths = 121, decision = Decisions.Sro("2018-02-22") }, "noticePeriodMonths",
            "Uppsägningstiden ska anges i hela månader, 1–120.");
}
