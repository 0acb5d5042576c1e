namespace Registry.Tests.Remiss;

public sealed class RemissDeadlineTests(RegistryApp app) : ApiTests(app)
{
    [Fact]
    public async Task The_deadline_can_be_moved()
    {
        var id = await Api.OnRemiss();

        await Api.Ok(id, "change-remiss-deadline", new { newDeadline = "2022-01-31", reason = "Begäran från kommunerna" });

        Assert.Equal("2022-01-31", (await Api.State(id))["consultations"]![0].Text("responseDeadline"));
        var changed = await Api.LastEvent(id, "remiss_deadline_changed");
        Assert.Equal("2021-12-31", changed.Text("previousDeadline"));
        Assert.Equal("Begäran från kommunerna", changed.Text("reason"));
    }

    [Theory]
    [InlineData("2021-09-30", "Sista svarsdag kan inte ligga före remissens utskicksdatum 2021-10-01.")]
    [InlineData("2021-12-31", "Den nya svarsdagen är samma som den nuvarande.")]
    public async Task The_deadline_cannot_move_before_the_send_date_nor_stay_the_same(string newDeadline, string message) =>
        await Api.Rejects(await Api.OnRemiss(), "change-remiss-deadline", new { newDeadline }, "newDeadline", message);

    [Fact]
    public async Task Without_an_open_remiss_there_is_no_deadline_to_change() =>
        await Api.Rejects(await Api.Draft(), "change-remiss-deadline", new { newDeadline = "2022-01-31" }, "status",
            "Det finns ingen öppen remiss för dokumentet.");
}
