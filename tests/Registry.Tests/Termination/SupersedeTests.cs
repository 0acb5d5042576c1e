namespace Registry.Tests.Termination;

public sealed class SupersedeTests(RegistryApp app) : ApiTests(app)
{
    [Fact]
    public async Task A_document_replaced_by_another_points_to_its_successor()
    {
        var old = await Api.InForce(from: "2015-01-01", to: null, kind: "avtal");
        var successor = await Api.InForce(from: "2019-01-01", to: "2022-12-31", kind: "avtal");

        await Api.Ok(old, "supersede", new { supersededById = successor, supersededOn = "2019-01-01", decision = Decisions.Sro("2018-02-22", "2") });

        var document = await Api.Document(old);
        Assert.Equal("Ersatt", document.Text("statusLabel"));
        Assert.Equal(successor.ToString(), document["document"].Text("supersededBy"));
        var superseded = await Api.LastEvent(old, "document_superseded");
        Assert.Equal("2019-01-01", superseded.Text("supersededOn"));
        JsonAssert.Decision(superseded["decision"], "SRO", "2018-02-22", "2");
    }

    [Fact]
    public async Task The_replaced_document_is_valid_until_the_day_before_its_successor_takes_over()
    {
        var old = await Api.InForce(from: "2015-01-01", to: null, kind: "avtal");
        var successor = await Api.Draft(kind: "avtal");

        await Api.Ok(old, "supersede", new { supersededById = successor, supersededOn = "2019-01-01" });

        var state = await Api.State(old);
        Assert.Equal("2018-12-31", state.Text("validTo"));
        Assert.Equal("2018-12-31", state["validityPeriods"]![0].Text("to"));
    }

    [Fact]
    public async Task An_unknown_successor_is_rejected()
    {
        var unknown = Guid.NewGuid();
        await Api.Rejects(await Api.InForce(), "supersede", new { supersededById = unknown, supersededOn = "2019-01-01" },
            "supersededById", $"Det refererade styrdokumentet {unknown} finns inte.");
    }

    [Fact]
    public async Task A_document_cannot_be_replaced_from_before_it_entered_into_force() =>
        await Api.Rejects(await Api.InForce(from: "2020-01-01"), "supersede", new { supersededById = await Api.Draft(), supersededOn = "2020-01-01" },
            "supersededOn", "Dokumentet kan inte ersättas innan det har trätt i kraft (2020-01-01).");

    [Fact]
    public async Task A_document_cannot_replace_itself()
    {
        var id = await Api.InForce();
        await Api.Rejects(id, "supersede", new { supersededById = id, supersededOn = "2019-01-01" }, "supersededById",
            "Ett dokument kan inte ersätta sig självt.");
    }

    [Fact]
    public async Task A_replaced_document_cannot_be_replaced_again()
    {
        var id = await Api.InForce();
        var successor = await Api.Draft();
        await Api.Ok(id, "supersede", new { supersededById = successor, supersededOn = "2021-01-01" });

        await Api.Rejects(id, "supersede", new { supersededById = successor, supersededOn = "2021-02-01" }, "status",
            "Styrdokumentet har status \"Ersatt\" och kan inte ändras.");
    }
}
