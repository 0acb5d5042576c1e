namespace Registry.Tests.FollowUp;

public sealed class FollowUpTests(RegistryApp app) : ApiTests(app)
{
    private async Task<Guid> WithFollowUps()
    {
        var id = await Api.InForce(from: "2023-01-01", to: null, kind: "strategi");
        await Api.Ok(id, "schedule-follow-up", new { followUpKey = "avstamning-2024", kind = "avstamning", dueOn = "2024-12-31", description = "Fördjupad uppföljning" });
        await Api.Ok(id, "schedule-follow-up", new { followUpKey = "avstamning-2028", kind = "avstamning", dueOn = "2028-12-31" });
        return id;
    }

    [Fact]
    public async Task Scheduled_follow_ups_show_the_next_one_due()
    {
        var id = await WithFollowUps();

        var state = await Api.State(id);
        var followUps = state["followUps"]!.AsArray();
        Assert.Equal(["avstamning-2024", "avstamning-2028"], followUps.Select(f => f.Text("key")));
        Assert.Equal("avstamning", followUps[0].Text("kind"));
        Assert.Equal("Fördjupad uppföljning", followUps[0].Text("description"));
        Assert.Equal("2024-12-31", state.Text("nextFollowUp"));
        Assert.Equal("2028-12-31", (await Api.LastEvent(id, "follow_up_scheduled")).Text("dueOn"));
    }

    [Fact]
    public async Task A_follow_up_without_a_key_gets_one()
    {
        var id = await WithFollowUps();

        await Api.Ok(id, "schedule-follow-up", new { kind = "utvardering", dueOn = "2025-06-30" });

        Assert.Equal("uppfoljning-3", (await Api.State(id))["followUps"]![2].Text("key"));
    }

    [Fact]
    public async Task Completing_a_follow_up_moves_on_to_the_next()
    {
        var id = await WithFollowUps();

        await Api.Ok(id, "complete-follow-up", new { followUpKey = "avstamning-2024", completedOn = "2024-11-15", note = "Dialog i VVG" });

        var state = await Api.State(id);
        Assert.Equal("2024-11-15", state["followUps"]![0].Text("completedOn"));
        Assert.Equal("Dialog i VVG", state["followUps"]![0].Text("note"));
        Assert.Equal("2028-12-31", state.Text("nextFollowUp"));
        Assert.Equal("avstamning-2024", (await Api.LastEvent(id, "follow_up_completed")).Text("followUpKey"));
    }

    [Fact]
    public async Task A_key_already_in_use_is_rejected() =>
        await Api.Rejects(await WithFollowUps(), "schedule-follow-up", new { followUpKey = "avstamning-2024", kind = "uppfoljning", dueOn = "2025-01-31" },
            "followUpKey", "Uppföljningen \"avstamning-2024\" finns redan.");

    [Fact]
    public async Task An_unknown_follow_up_cannot_be_completed() =>
        await Api.Rejects(await WithFollowUps(), "complete-follow-up", new { followUpKey = "avstamning-2026", completedOn = "2026-01-31" },
            "followUpKey", "Uppföljningen \"avstamning-2026\" finns inte.");

    [Fact]
    public async Task A_follow_up_cannot_be_completed_twice()
    {
        var id = await WithFollowUps();
        await Api.Ok(id, "complete-follow-up", new { followUpKey = "avstamning-2024", completedOn = "2024-11-15" });

        await Api.Rejects(id, "complete-follow-up", new { followUpKey = "avstamning-2024", completedOn = "2024-12-15" },
            "followUpKey", "Uppföljningen \"avstamning-2024\" är redan genomförd.");
    }

    [Fact]
    public async Task A_withdrawn_document_gets_no_new_follow_ups()
    {
        var id = await Api.Withdrawn();

        await Api.Rejects(id, "schedule-follow-up", new { kind = "uppfoljning", dueOn = "2022-01-31" }, "status",
            "Styrdokumentet har status \"Återkallat\" och kan inte ändras.");
    }
}
