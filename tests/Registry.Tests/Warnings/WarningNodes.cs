using System.Globalization;

namespace Registry.Tests.Warnings;

/// <summary>
/// Several app nodes on one database of their own with one clock, as warnings run in production: each node started
/// with mail to the test SMTP server (and, when given, the test webhook), all stopped with the test.
/// </summary>
public sealed class WarningNodes(RegistryApp app, Instant now, WebhookReceiver? webhook = null) : IAsyncDisposable
{
    private readonly List<WarningsHost> _nodes = [];
    private string _database = "";

    public SmtpTestServer Smtp { get; } = new();

    public FakeClock Clock { get; } = new(now);

    /// <summary>Creates the database; the SMTP server only when <paramref name="smtpUp"/> (a test may start it later).</summary>
    public async Task Create(bool smtpUp = true)
    {
        if (smtpUp) await Smtp.Start();
        _database = await WarningsHost.CreateDatabase(app);
    }

    public WarningsHost Start(IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Registry:Warnings:Email:Host"] = "127.0.0.1",
            ["Registry:Warnings:Email:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Registry:Warnings:Email:DefaultRecipients:0"] = "registrator@example.se",
        };
        if (webhook is not null) settings["Registry:Warnings:Webhooks:0"] = webhook.Url;
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) settings[key] = value;
        var node = WarningsHost.Start(app, _database, Clock, settings);
        _nodes.Add(node);
        return node;
    }

    /// <summary>Stops one node, as a crash or a deployment would.</summary>
    public async Task Stop(WarningsHost node)
    {
        _nodes.Remove(node);
        await node.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
