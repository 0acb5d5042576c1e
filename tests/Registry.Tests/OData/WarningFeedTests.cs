using System.Globalization;
using Registry.Tests.Warnings;

namespace Registry.Tests.OData;

/// <summary>/odata/Warnings: the warnings the registry issued, read with date filters that run in PostgreSQL.</summary>
public sealed class WarningFeedTests(RegistryApp app, WarningsHostFixture fixture) : IClassFixture<WarningsHostFixture>
{
    private readonly string _prefix = ODataFeed.UniquePrefix("Varning");

    /// <summary>A ends in 95 days (its 180-day warning is due); B ends in 40 days (180 and 90).</summary>
    private async Task<(WarningsHost Host, LocalDate EndOfA, LocalDate EndOfB)> Issued()
    {
        var host = await fixture.Host(app, f => new Dictionary<string, string> { ["Registry:Warnings:Webhooks:0"] = f.Webhook.Url });
        host.SetToday(new LocalDate(2032, 2, 2));
        var api = host.Api();
        var (endOfA, endOfB) = (host.Today.PlusDays(95), host.Today.PlusDays(40));
        foreach (var (name, end) in new[] { ("A", endOfA), ("B", endOfB) })
        {
            var id = await api.Draft($"{_prefix} {name}");
            await api.Ok(id, "enter-into-force", new { validFrom = "2031-01-01", validTo = Iso(end) });
        }
        await host.Evaluate();
        return (host, endOfA, endOfB);
    }

    [Fact]
    public async Task Issued_warnings_appear_with_their_dates_and_delivery_state()
    {
        var (host, endOfA, endOfB) = await Issued();
        var feed = new ODataFeed(host.Api().Http);

        var rows = await feed.Rows($"/odata/Warnings?$filter=startswith(Title,'{_prefix}')&$orderby=TargetDate,ThresholdDays desc");

        Assert.Equal([($"{_prefix} B", 180, Iso(endOfB)), ($"{_prefix} B", 90, Iso(endOfB)), ($"{_prefix} A", 180, Iso(endOfA))],
            rows.Select(r => (r["Title"]!.GetValue<string>(), r["ThresholdDays"]!.GetValue<int>(), r["TargetDate"]!.GetValue<string>())));
        // B's 180- and 90-day thresholds were reached at once: the 90-day warning was sent, the 180-day one covered by it.
        var (coveredB, sentB, sentA) = (rows[0], rows[1], rows[2]);
        Assert.Equal("expiry", sentB["Kind"]!.GetValue<string>());
        Assert.Equal(host.Clock.GetCurrentInstant().ToDateTimeOffset(),
            DateTimeOffset.Parse(sentB["IssuedAt"]!.GetValue<string>(), CultureInfo.InvariantCulture));
        Assert.Equal("webhook", sentB["Channels"]!.GetValue<string>());
        Assert.Null(sentB["AcknowledgedAt"]);
        Assert.Null(sentB["AcknowledgedBy"]);
        Assert.Null(sentB["CoveredBy"]);
        Assert.Equal("covered", coveredB["DeliveryStatus"]!.GetValue<string>());
        Assert.Equal(sentB["Id"]!.GetValue<string>(), coveredB["CoveredBy"]!.GetValue<string>());
        Assert.Equal("", coveredB["Channels"]!.GetValue<string>());
        // The webhook receives them from the durable queue: pending until then.
        Assert.All([sentA, sentB], r => Assert.Contains(r["DeliveryStatus"]!.GetValue<string>(), new[] { "pending", "delivered" }));
        await Eventually.True(async () => (await feed.Rows($"/odata/Warnings?$filter=startswith(Title,'{_prefix}') and DeliveryStatus eq 'delivered'")).Count == 2,
            "the two warnings sent to be delivered to the webhook");
        Assert.Single(await feed.Rows($"/odata/Warnings?$filter=startswith(Title,'{_prefix}') and CoveredBy ne null"));
    }

    [Fact]
    public async Task A_date_filter_on_TargetDate_runs_in_PostgreSQL()
    {
        var (host, endOfA, _) = await Issued();
        var feed = new ODataFeed(host.Api().Http);

        var rows = await feed.Rows($"/odata/Warnings?$filter=startswith(Title,'{_prefix}') and TargetDate ge {Iso(endOfA)}");
        var thisYear = await feed.Rows($"/odata/Warnings?$filter=startswith(Title,'{_prefix}') and year(TargetDate) eq {endOfA.Year}&$select=Title");

        Assert.Equal([$"{_prefix} A"], rows.Select(r => r["Title"]!.GetValue<string>()));
        Assert.Equal(3, thisYear.Count);
        var read = SqlLog.ReadsContaining(_prefix)[0];
        var where = read.Sql[read.Sql.LastIndexOf("WHERE", StringComparison.Ordinal)..];
        Assert.Contains("from registry.warnings w", read.Sql);
        Assert.Contains($"target_date >= DATE '{Iso(endOfA)}'", where);
        Assert.Equal(1, read.RowsRead);
    }

    [Fact]
    public async Task An_acknowledged_warning_shows_who_acknowledged_it()
    {
        var (host, _, endOfB) = await Issued();
        var api = host.Api();
        var feed = new ODataFeed(api.Http);
        var warning = (await feed.Rows($"/odata/Warnings?$filter=startswith(Title,'{_prefix}') and TargetDate eq {Iso(endOfB)} and ThresholdDays eq 90"))[0];

        var acknowledge = await api.Http.PostAsync($"/api/warnings/{warning["Id"]!.GetValue<string>()}/acknowledge", ApiClient.NoBody(),
            TestContext.Current.CancellationToken);
        await ApiClient.Expect(acknowledge, HttpStatusCode.OK);

        var acknowledged = await feed.Rows($"/odata/Warnings?$filter=startswith(Title,'{_prefix}') and AcknowledgedAt ne null");
        Assert.Equal([warning["Id"]!.GetValue<string>()], acknowledged.Select(r => r["Id"]!.GetValue<string>()));
        Assert.Equal(TestAccounts.Admin, acknowledged[0]["AcknowledgedBy"]!.GetValue<string>());
        Assert.Equal(2, (await feed.Rows($"/odata/Warnings?$filter=startswith(Title,'{_prefix}') and AcknowledgedAt eq null")).Count);
    }
}
