using static Registry.Tests.Warnings.WarningJson;

namespace Registry.Tests.Warnings;

/// <summary>A delivery that could not be made before the node stopped is made by the next node: nothing is lost.</summary>
public sealed class RestartTests(RegistryApp app) : IAsyncLifetime
{
    private readonly WarningNodes _nodes = new(app, Instant.FromUtc(2036, 3, 2, 8, 0));

    public async ValueTask InitializeAsync() => await _nodes.Create(smtpUp: false);

    [Fact]
    public async Task Mail_pending_when_the_node_stops_is_sent_once_by_the_next_node()
    {
        var first = _nodes.Start();
        var api = first.Api();
        var title = "Omstart " + Guid.NewGuid().ToString("N")[..6];
        var id = await api.InForce("2030-01-01", Iso(first.Today.PlusDays(100)), draft: new { title });
        await first.Evaluate();
        var warningId = Guid.Parse(Assert.Single(await ForDocument(api, id))["id"]!.GetValue<string>());
        await Eventually.True(async () => Delivery(await Get(api, warningId), "email")["attempts"]!.GetValue<int>() >= 1,
            "a failed attempt while the SMTP server is down");

        await _nodes.Stop(first);
        await _nodes.Smtp.Start();
        var second = _nodes.Start();

        await Eventually.True(async () => Delivery(await Get(second.Api(), warningId), "email")["status"]!.GetValue<string>() == "delivered",
            "the next node to deliver the pending mail", seconds: 120);
        await second.Evaluate();
        Assert.Single(_nodes.Smtp.MessagesAbout(title));
    }

    public ValueTask DisposeAsync() => _nodes.DisposeAsync();
}
