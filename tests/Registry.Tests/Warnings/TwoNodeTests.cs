namespace Registry.Tests.Warnings;

public sealed class TwoNodeTests : IAsyncLifetime
{
    private readonly WebhookReceiver _webhook = new();
    private readonly WarningNodes _nodes;
    private WarningsHost _first = null!;
    private WarningsHost _second = null!;

    public TwoNodeTests(RegistryApp app) => _nodes = new WarningNodes(app, Instant.FromUtc(2035, 2, 1, 8, 0), _webhook);

    public async ValueTask InitializeAsync()
    {
        await _nodes.Create();
        (_first, _second) = (_nodes.Start(), _nodes.Start());
    }

    [Fact]
    public async Task Two_app_hosts_on_one_database_issue_and_send_one_message_per_deadline_once()
    {
        var (first, second) = (_first, _second);
        var api = first.Api();
        var title = "Två noder " + Guid.NewGuid().ToString("N")[..6];
        var id = await api.InForce("2030-01-01", Iso(first.Today.PlusDays(90)), draft: new { title });

        for (var round = 0; round < 3; round++)
            await Task.WhenAll(first.Evaluate(), second.Evaluate(), first.Evaluate(), second.Evaluate());

        // 180 and 90 days are both reached at once: one message (the 90-day one), the 180-day one recorded as covered.
        var warnings = await ForDocument(second.Api(), id);
        Assert.Equal([("expiry", 180, Iso(first.Today.PlusDays(90))), ("expiry", 90, Iso(first.Today.PlusDays(90)))], Keys(warnings));
        var sent = warnings.Single(w => w["thresholdDays"]!.GetValue<int>() == 90);
        var sentId = Guid.Parse(sent["id"]!.GetValue<string>());
        var covered = warnings.Single(w => w["thresholdDays"]!.GetValue<int>() == 180);
        Assert.Equal(sentId.ToString(), covered["coveredBy"]!.GetValue<string>());
        Assert.Empty(covered["deliveries"]!.AsArray());
        await Eventually.True(async () =>
            (await Get(api, sentId))["deliveries"]!.AsArray().All(d => d!["status"]!.GetValue<string>() == "delivered"),
            "the warning delivered by email and webhook");
        await Task.WhenAll(first.Evaluate(), second.Evaluate());

        Assert.Single(_nodes.Smtp.MessagesAbout(title));
        Assert.Equal([sentId], _webhook.Accepted.Select(a => Guid.Parse(a.IdempotencyKey!)).Where(warnings.Select(w => Guid.Parse(w["id"]!.GetValue<string>())).Contains));
    }

    public async ValueTask DisposeAsync()
    {
        await _nodes.DisposeAsync();
        _webhook.Dispose();
    }
}
