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
        var (id, title) = await api.InForceTitled("Omstart", "2030-01-01", Iso(first.Today.PlusDays(100)));
        await first.Evaluate();
        var warningId = WarningId(Assert.Single(await ForDocument(api, id)));
        await EmailFails(api, warningId);

        await _nodes.Stop(first);
        await _nodes.Smtp.Start();
        var second = _nodes.Start();

        await DeliveryReaches(second.Api(), warningId, "email", "delivered", "the next node to deliver the pending mail", seconds: 120);
        await second.Evaluate();
        Assert.Single(_nodes.Smtp.MessagesAbout(title));
    }

    public ValueTask DisposeAsync() => _nodes.DisposeAsync();
}
