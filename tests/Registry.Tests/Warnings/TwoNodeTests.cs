using NodaTime;
using NodaTime.Testing;
using Registry.Tests.Support;
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
    public async Task Two_app_hosts_on_one_database_issue_and_send_each_warning_once()
    {
        var (first, second) = (_nodes[0], _nodes[1]);
        var api = first.Api();
        var title = "Två noder " + Guid.NewGuid().ToString("N")[..6];
        var id = await api.Draft(title);
        await api.Ok(id, "enter-into-force", new { validFrom = "2030-01-01", validTo = Iso(first.Today.PlusDays(90)) });

        for (var round = 0; round < 3; round++)
            await Task.WhenAll(first.Evaluate(), second.Evaluate(), first.Evaluate(), second.Evaluate());

        var warnings = await ForDocument(second.Api(), id);
        Assert.Equal([("expiry", 180, Iso(first.Today.PlusDays(90))), ("expiry", 90, Iso(first.Today.PlusDays(90)))], Keys(warnings));
        var ids = warnings.Select(w => Guid.Parse(w["id"]!.GetValue<string>())).ToList();
        await Eventually.True(async () =>
        {
            foreach (var warningId in ids)
            {
                var warning = await Get(api, warningId);
                if (warning["deliveries"]!.AsArray().Any(d => d!["status"]!.GetValue<string>() != "delivered")) return false;
            }
            return true;
        }, "both warnings delivered by email and webhook");
        await Task.WhenAll(first.Evaluate(), second.Evaluate());

        Assert.Equal(2, _smtp.MessagesAbout(title).Count);
        Assert.Equal(ids.Order(), _webhook.Accepted.Select(a => Guid.Parse(a.IdempotencyKey!)).Where(ids.Contains).Order());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        await _smtp.DisposeAsync();
        _webhook.Dispose();
    }
}
