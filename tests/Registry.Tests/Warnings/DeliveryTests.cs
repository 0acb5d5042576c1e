using static Registry.Tests.Warnings.WarningJson;

namespace Registry.Tests.Warnings;

public sealed class DeliveryTests(RegistryApp app, WarningsHostFixture fixture) : IClassFixture<WarningsHostFixture>
{
    public static IReadOnlyDictionary<string, string> Channels(WarningsHostFixture fixture) => new Dictionary<string, string>
    {
        ["Registry:Warnings:Email:Host"] = "127.0.0.1",
        ["Registry:Warnings:Email:Port"] = fixture.Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Registry:Warnings:Email:From"] = "registret@example.se",
        ["Registry:Warnings:Email:DefaultRecipients:0"] = "registrator@example.se",
        ["Registry:Warnings:Email:RecipientsByBody:VVG:0"] = "vvg-sekretariat@example.se",
        ["Registry:Warnings:Webhooks:0"] = fixture.Webhook.Url,
    };

    [Fact]
    public async Task Mail_waits_while_the_smtp_server_is_down_and_arrives_once_when_it_is_up()
    {
        var host = await fixture.Host(app, Channels, today: new LocalDate(2032, 1, 10));
        await fixture.Smtp.Stop();
        var api = host.Api();
        var title = "Riktlinje SMTP " + Guid.NewGuid().ToString("N")[..6];
        var id = await api.InForce("2030-01-01", Iso(host.Today.PlusDays(100)), draft: new { title });
        await host.Evaluate();
        var warningId = Guid.Parse(Assert.Single(await ForDocument(api, id))["id"]!.GetValue<string>());

        await Eventually.True(async () => Delivery(await Get(api, warningId), "email")["attempts"]!.GetValue<int>() >= 2,
            "failed delivery attempts while the SMTP server is down");
        var pending = Delivery(await Get(api, warningId), "email");
        Assert.Equal("pending", pending["status"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(pending["lastError"]!.GetValue<string>()));
        Assert.Empty(fixture.Smtp.MessagesAbout(title));

        await fixture.Smtp.Start();
        await Eventually.True(async () => Delivery(await Get(api, warningId), "email")["status"]!.GetValue<string>() == "delivered",
            "the email delivery once the SMTP server is up");
        await host.Evaluate();
        await host.Evaluate();

        var mail = Assert.Single(fixture.Smtp.MessagesAbout(title));
        Assert.Equal(["registrator@example.se", "vvg-sekretariat@example.se"],
            mail.To.Mailboxes.Select(m => m.Address).Order().ToArray());
        Assert.Contains(Iso(host.Today.PlusDays(100)), mail.Subject);
        Assert.Contains("Dokumentet upphör", mail.TextBody);
        Assert.Equal($"{warningId:N}@styrdokumentregistret", mail.MessageId);
        Assert.Contains("email", (await Get(api, warningId))["channels"]!.GetValue<string>());
    }

    [Fact]
    public async Task Webhook_is_retried_until_it_answers_and_then_receives_the_warning_once()
    {
        var host = await fixture.Host(app, Channels, today: new LocalDate(2032, 6, 10));
        await fixture.Smtp.Start();
        fixture.Webhook.FailFirst = 2;
        var api = host.Api();
        var id = await api.InForce("2030-01-01", Iso(host.Today.PlusDays(120)));
        await host.Evaluate();
        var warningId = Guid.Parse(Assert.Single(await ForDocument(api, id))["id"]!.GetValue<string>());

        await Eventually.True(async () => Delivery(await Get(api, warningId), "webhook")["status"]!.GetValue<string>() == "delivered",
            "the webhook delivery after two refusals");
        await host.Evaluate();

        Assert.Equal(3, fixture.Webhook.RequestsFor(warningId));
        var (body, key) = Assert.Single(fixture.Webhook.Accepted, a => a.IdempotencyKey == warningId.ToString());
        Assert.Equal(id.ToString(), body["documentId"]!.GetValue<string>());
        Assert.Equal("expiry", body["kind"]!.GetValue<string>());
        Assert.Equal(Iso(host.Today.PlusDays(120)), body["targetDate"]!.GetValue<string>());
        Assert.Equal(180, body["thresholdDays"]!.GetValue<int>());
        Assert.Equal(warningId.ToString(), key);
    }

    [Fact]
    public async Task Warning_for_a_date_that_changed_while_the_smtp_server_was_down_is_never_sent()
    {
        var host = await fixture.Host(app, Channels, today: new LocalDate(2033, 3, 1));
        await fixture.Smtp.Stop();
        var api = host.Api();
        var title = "Riktlinje inaktuell " + Guid.NewGuid().ToString("N")[..6];
        var id = await api.InForce("2030-01-01", Iso(host.Today.PlusDays(100)), draft: new { title });
        await host.Evaluate();
        var warningId = Guid.Parse(Assert.Single(await ForDocument(api, id))["id"]!.GetValue<string>());
        await Eventually.True(async () => Delivery(await Get(api, warningId), "email")["attempts"]!.GetValue<int>() >= 1,
            "a failed attempt while the SMTP server is down");

        await api.Ok(id, "extend", new { newValidTo = Iso(host.Today.PlusDays(500)), decision = Decisions.Vvg(Iso(host.Today)) });
        await fixture.Smtp.Start();

        await Eventually.True(async () => Delivery(await Get(api, warningId), "email")["status"]!.GetValue<string>() == "stale",
            "the stale email delivery to be given up");
        Assert.Contains("Inaktuell", Delivery(await Get(api, warningId), "email")["lastError"]!.GetValue<string>());
        Assert.Empty(fixture.Smtp.MessagesAbout(title));
    }
}
