using static Registry.Tests.Warnings.WarningJson;

namespace Registry.Tests.Warnings;

public sealed class TwoNodeTests(RegistryApp app) : IAsyncLifetime
{
    private readonly SmtpTestServer _smtp = new();
    private readonly WebhookReceiver _webhook = new();
    private readonly List<WarningsHost> _nodes = [];

    public async ValueTask InitializeAsync()
    {
        await _smtp.Start();
        var database = await WarningsHost.CreateDatabase(app);
        var clock = new FakeClock(Instant.FromUtc(2035, 2, 1, 8, 0));
        var settings = new Dictionary<string, string>
        {
            ["Registry:Warnings:Email:Host"] = "127.0.0.1",
            ["Registry:Warnings:Email:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Registry:Warnings:Email:DefaultRecipients:0"] = "registrator@example.se",
            ["Registry:Warnings:Webhooks:0"] = _webhook.Url,
        };
        _nodes.Add(WarningsHost.Start(app, database, clock, settings));
        _nodes.Add(WarningsHost.Start(app, database, clock, settings));
    }

    [Fact]
    public async Task Two_app_hosts_on_one_database_issue_and_send_one_message_per_deadline_once()
    {
        var (first, second) = (_nodes[0], _nodes[1]);
        var api = first.Api();
        var title = "Två noder " + Guid.NewGuid().ToString("N")[..6];
        var id = await api.Draft(title);
        await api.Ok(id, "enter-into-force", new { validFrom = "2030-01-01", validTo = Iso(first.Today.PlusDays(90)) });

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

        Assert.Single(_smtp.MessagesAbout(title));
        Assert.Equal([sentId], _webhook.Accepted.Select(a => Guid.Parse(a.IdempotencyKey!)).Where(warnings.Select(w => Guid.Parse(w["id"]!.GetValue<string>())).Contains));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        await _smtp.DisposeAsync();
        _webhook.Dispose();
    }
}
