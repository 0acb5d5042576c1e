namespace Registry.Tests.Termination;

public sealed class NoticeTests(RegistryApp app) : ApiTests(app)
{
    private Task<Guid> Agreement(string from = "2018-01-01", string? to = null, int months = 12) =>
        Api.InForce(from, to, kind: "avtal", noticePeriodMonths: months);

    [Fact]
    public async Task Notice_ends_the_agreement_when_the_notice_period_has_run_out()
    {
        var id = await Agreement(from: "2019-01-01", to: "2022-12-31");

        await Api.Ok(id, "give-notice", new { party = "Borås kommun", givenOn = "2020-03-15", decision = new { body = "Kommunstyrelsen i Borås", meetingDate = "2020-03-10" } });

        var document = await Api.Document(id);
        // The notice ran out on 2021-03-15, before the test clock's today: the agreement reads as ended (ADR 0027).
        Assert.Equal("Upphört", document.Text("statusLabel"));
        var state = document["document"]!;
        Assert.Equal(("expired", "noticeGiven"), (state.Text("status"), state.Text("recordedStatus")));
        Assert.Equal("Borås", state["notice"].Text("party"));
        Assert.Equal("2020-03-15", state["notice"].Text("givenOn"));
        Assert.Equal("2021-03-15", state["notice"].Text("endsOn"));
        Assert.Equal("2021-03-15", state.Text("validTo"));
        Assert.Equal("2021-03-15", state!["validityPeriods"]![0].Text("to"));
        var given = await Api.LastEvent(id, "notice_given");
        JsonAssert.Decision(given["decision"], "Kommunstyrelsen i Borås", "2020-03-10", null);
    }

    [Fact]
    public async Task Notice_never_extends_the_agreement_beyond_its_end_date()
    {
        var id = await Agreement(from: "2019-01-01", to: "2022-12-31");

        await Api.Ok(id, "give-notice", new { party = "VGR", givenOn = "2022-06-01" });

        Assert.Equal("2022-12-31", (await Api.State(id))["notice"].Text("endsOn"));
    }

    [Theory]
    [InlineData("2018-08-31", 6, "2019-02-28")]
    [InlineData("2018-03-15", 8, "2018-11-15")]
    // SRO 2018-02-22 punkt 2: with eight months' notice, notice given by 30 April ends the agreement at the turn of the year.
    [InlineData("2018-04-30", 8, "2018-12-31")]
    [InlineData("2019-02-28", 6, "2019-08-31")]
    public async Task The_notice_period_counts_whole_months_from_the_day_notice_is_given(string givenOn, int months, string endsOn)
    {
        var id = await Agreement(months: months);

        await Api.Ok(id, "give-notice", new { party = "Ale", givenOn });

        Assert.Equal(endsOn, (await Api.State(id))["notice"].Text("endsOn"));
    }

    [Fact]
    public async Task The_notice_deadline_is_the_last_day_notice_still_ends_the_agreement_on_its_end_date()
    {
        var id = await Agreement(from: "2018-01-01", to: "2019-02-28", months: 6);

        Assert.Equal("2018-08-31", (await Api.State(id)).Text("noticeDeadline"));
        await Api.Ok(id, "give-notice", new { party = "Ale", givenOn = "2018-08-31" });
        Assert.Equal("2019-02-28", (await Api.State(id))["notice"].Text("endsOn"));
    }

    [Fact]
    public async Task A_guideline_without_notice_period_cannot_be_given_notice() =>
        await Api.Rejects(await Api.InForce(), "give-notice", new { party = "Ale", givenOn = "2021-01-15" }, "status",
            "Dokumentet har ingen uppsägningstid och kan inte sägas upp.");

    [Fact]
    public async Task Only_an_agreement_in_force_can_be_given_notice() =>
        await Api.Rejects(await Api.Draft(kind: "avtal"), "give-notice", new { party = "Ale", givenOn = "2021-01-15" }, "status",
            "Endast ett gällande avtal kan sägas upp (status: Utkast).");

    [Fact]
    public async Task Notice_cannot_be_given_twice()
    {
        var id = await Agreement();
        await Api.Ok(id, "give-notice", new { party = "Ale", givenOn = "2019-01-15" });

        await Api.Rejects(id, "give-notice", new { party = "Lerum", givenOn = "2019-02-15" }, "status",
            "Endast ett gällande avtal kan sägas upp (status: Uppsagt).");
    }

    [Fact]
    public async Task Notice_dated_before_the_agreement_started_is_rejected() =>
        await Api.Rejects(await Agreement(from: "2019-01-01"), "give-notice", new { party = "Ale", givenOn = "2018-12-01" }, "givenOn",
            "Uppsägningen kan inte ligga före avtalets startdatum.");

    [Fact]
    public async Task Only_a_party_can_give_notice() =>
        await Api.Rejects(await Agreement(), "give-notice", new { party = "Region Skåne", givenOn = "2019-01-15" }, "party",
            "\"Region Skåne\" är inte en huvudman: ange Västra Götalandsregionen eller en av de 49 kommunerna.");

    [Fact]
    public async Task An_agreement_under_notice_cannot_be_extended_and_expires_after_its_notice_period()
    {
        var id = await Agreement(from: "2018-01-01", months: 6);
        await Api.Ok(id, "give-notice", new { party = "Ale", givenOn = "2019-01-15" });

        await Api.Rejects(id, "extend", new { newValidTo = "2027-12-31", decision = Decisions.Vvg("2019-03-01") }, "status",
            "Dokumentet är uppsagt och kan inte förlängas.");
        await Api.Ok(id, "expire");
        Assert.Equal("2019-07-15", (await Api.LastEvent(id, "document_expired")).Text("endedOn"));
    }
}
