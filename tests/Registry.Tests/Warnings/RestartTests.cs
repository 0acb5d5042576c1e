using static Registry.Tests.Warnings.WarningJson;

namespace Registry.Tests.Warnings;

/// <summary>A delivery that could not be made before the node stopped is made by the next node: nothing is lost.</summary>
public sealed class RestartTests(RegistryApp app) : IAsyncLifetime
{
    private readonly SmtpTestServer _smtp = new();
    private readonly List<WarningsHost> _nodes = [];
    private string _database = "";
    private readonly FakeClock _clock = new(Instant.FromUtc(2036, 3, 2, 8, 0));

    public async ValueTask InitializeAsync() => _database = await WarningsHost.CreateDatabase(app);

    private WarningsHost StartNode()
    {
        var node = WarningsHost.Start(app, _database, _clock, new Dictionary<string, string>
        {
            ["Registry:Warnings:Email:Host"] = "127.0.0.1",
            ["Registry:Warnings:Email:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Registry:Warnings:Email:DefaultRecipients:0"] = "registrator@example.se",
        });
        _nodes.Add(node);
        return node;
    }

    [Fact]
    public async Task Mail_pending_when_the_node_stops_is_sent_once_by_the_next_node()
    {
        var first = StartNode();
        var api = first.Api();
        var title = "Omstart " + Guid.NewGuid().ToString("N")[..6];
        var id = await api.Draft(title);
        await api.Ok(id, "enter-into-force", new { validFrom = "2030-01-01", validTo = Iso(first.Today.PlusDays(100)) });
        await first.Evaluate();
        var warningId = Guid.Parse(Assert.Single(await ForDocument(api, id))["id"]!.GetValue<string>());
        await Eventually.True(async () => Delivery(await Get(api, warningId), "email")["attempts"]!.GetValue<int>() >= 1,
            "a failed attempt while the SMTP server is down");

        await first.DisposeAsync();
        _nodes.Remove(first);
        await _smtp.Start();
        var second = StartNode();

        await Eventually.True(async () => Delivery(await Get(second.Api(), warningId), "email")["status"]!.GetValue<string>() == "delivered",
            "the next node to deliver the pending mail", seconds: 120);
        await second.Evaluate();
        Assert.Single(_smtp.MessagesAbout(title));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        await _smtp.DisposeAsync();
    }
}
