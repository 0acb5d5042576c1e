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

    /// <summary>A document ending in <paramref name="daysLeft"/> days whose one (180-day) warning has been issued.</summary>
    private async Task<(WarningsHost Host, ApiClient Api, Guid Id, string Title, Guid WarningId)> Warned(
        LocalDate today, int daysLeft, bool smtpUp, string title = "Riktlinje leverans")
    {
        var host = await fixture.Host(app, Channels, today);
        await (smtpUp ? fixture.Smtp.Start() : fixture.Smtp.Stop());
        var api = host.Api();
        var (id, unique) = await api.InForceTitled(title, "2030-01-01", Iso(host.Today.PlusDays(daysLeft)));
        await host.Evaluate();
        return (host, api, id, unique, WarningId(Assert.Single(await ForDocument(api, id))));
    }

    [Fact]
    public async Task Mail_waits_while_the_smtp_server_is_down_and_arrives_once_when_it_is_up()
    {
        var (host, api, _, title, warningId) = await Warned(new LocalDate(2032, 1, 10), 100, smtpUp: false, "Riktlinje SMTP");

        await EmailFails(api, warningId, attempts: 2);
        var pending = await DeliveryOf(api, warningId, "email");
        Assert.Equal("pending", pending["status"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(pending["lastError"]!.GetValue<string>()));
        Assert.Empty(fixture.Smtp.MessagesAbout(title));

        await fixture.Smtp.Start();
        await DeliveryReaches(api, warningId, "email", "delivered", "the email delivery once the SMTP server is up");
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
        fixture.Webhook.FailFirst = 2;
        var (host, api, id, _, warningId) = await Warned(new LocalDate(2032, 6, 10), 120, smtpUp: true);

        await DeliveryReaches(api, warningId, "webhook", "delivered", "the webhook delivery after two refusals");
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
        var (host, api, id, title, warningId) = await Warned(new LocalDate(2033, 3, 1), 100, smtpUp: false, "Riktlinje inaktuell");
        await EmailFails(api, warningId);

        await api.Ok(id, "extend", new { newValidTo = Iso(host.Today.PlusDays(500)), decision = Decisions.Vvg(Iso(host.Today)) });
        await fixture.Smtp.Start();

        await DeliveryReaches(api, warningId, "email", "stale", "the stale email delivery to be given up");
        Assert.Contains("Inaktuell", (await DeliveryOf(api, warningId, "email"))["lastError"]!.GetValue<string>());
        Assert.Empty(fixture.Smtp.MessagesAbout(title));
    }
}
