namespace Registry.Tests.Termination;

public sealed class SupersedeTests(RegistryApp app)
{
    private readonly ApiClient _api = app.Api();

    [Fact]
    public async Task A_document_replaced_by_another_points_to_its_successor()
    {
        var old = await _api.InForce(from: "2015-01-01", to: null, kind: "avtal");
        var successor = await _api.InForce(from: "2019-01-01", to: "2022-12-31", kind: "avtal");

        await _api.Ok(old, "supersede", new { supersededById = successor, supersededOn = "2019-01-01", decision = Decisions.Sro("2018-02-22", "2") });

        var document = await _api.Document(old);
        Assert.Equal("Ersatt", document.Text("statusLabel"));
        Assert.Equal(successor.ToString(), document["document"].Text("supersededBy"));
        var superseded = await _api.LastEvent(old, "document_superseded");
        Assert.Equal("2019-01-01", superseded.Text("supersededOn"));
        JsonAssert.Decision(superseded["decision"], "SRO", "2018-02-22", "2");
    }

    [Fact]
    public async Task The_replaced_document_is_valid_until_the_day_before_its_successor_takes_over()
    {
        var old = await _api.InForce(from: "2015-01-01", to: null, kind: "avtal");
        var successor = await _api.Draft(kind: "avtal");

        await _api.Ok(old, "supersede", new { supersededById = successor, supersededOn = "2019-01-01" });

        var state = await _api.State(old);
        Assert.Equal("2018-12-31", state.Text("validTo"));
        Assert.Equal("2018-12-31", state["validityPeriods"]![0].Text("to"));
    }

    [Fact]
    public async Task An_unknown_successor_is_rejected()
    {
        var unknown = Guid.NewGuid();
        await _api.Rejects(await _api.InForce(), "supersede", new { supersededById = unknown, supersededOn = "2019-01-01" },
            "supersededById", $"Det refererade styrdokumentet {unknown} finns inte.");
    }

    [Fact]
    public async Task A_document_cannot_be_replaced_from_before_it_entered_into_force() =>
        await _api.Rejects(await _api.InForce(from: "2020-01-01"), "supersede", new { supersededById = await _api.Draft(), supersededOn = "2020-01-01" },
            "supersededOn", "Dokumentet kan inte ersättas innan det har trätt i kraft (2020-01-01).");

    [Fact]
    public async Task A_document_cannot_replace_itself()
    {
        var id = await _api.InForce();
        await _api.Rejects(id, "supersede", new { supersededById = id, supersededOn = "2019-01-01" }, "supersededById",
            "Ett dokument kan inte ersätta sig självt.");
    }

    [Fact]
    public async Task A_replaced_document_cannot_be_replaced_again()
    {
        var id = await _api.InForce();
        var successor = await _api.Draft();
        await _api.Ok(id, "supersede", new { supersededById = successor, supersededOn = "2021-01-01" });

        await _api.Rejects(id, "supersede", new { supersededById = successor, supersededOn = "2021-02-01" }, "status",
            "Styrdokumentet har status \"Ersatt\" och kan inte ändras.");
    }
}
