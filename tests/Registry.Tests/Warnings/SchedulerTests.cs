namespace Registry.Tests.Warnings;

/// <summary>The periodic evaluation issues warnings when only time passes, without any new event.</summary>
public sealed class SchedulerTests(RegistryApp app) : IAsyncLifetime
{
    private WarningsHost? _host;

    public async ValueTask InitializeAsync() =>
        _host = WarningsHost.Start(app, await WarningsHost.CreateDatabase(app), new FakeClock(Instant.FromUtc(2037, 4, 1, 8, 0)),
            new Dictionary<string, string> { ["Registry:Warnings:EvaluationInterval"] = "00:00:00.300" });

    [Fact]
    public async Task Timer_issues_the_next_threshold_when_the_day_comes()
    {
        var host = _host!;
        var api = host.Api();
        var end = host.Today.PlusDays(100);
        var id = await api.InForce("2035-01-01", Iso(end));
        await Eventually.True(async () => (await ForDocument(api, id)).Count == 1, "the 180-day warning");

        host.SetToday(end.PlusDays(-90));

        await Eventually.True(async () => (await ForDocument(api, id)).Count == 2, "the timer to issue the 90-day warning");
        Assert.Equal([("expiry", 180, Iso(end)), ("expiry", 90, Iso(end))], Keys(await ForDocument(api, id)));
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
    }
}
