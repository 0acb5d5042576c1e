using MimeKit;

namespace Registry.Tests.Warnings;

/// <summary>
/// Several thresholds reached at once give one message per deadline, on any number of nodes and across restarts;
/// the message says what is true on the day it is sent, links to the document, and threads with the next one.
/// </summary>
public sealed class OneMessagePerDeadlineTests : IAsyncLifetime
{
    private const string BaseAddress = "https://styrdokument.example.se/registret/";
    private readonly WebhookReceiver _webhook = new();
    private readonly WarningNodes _nodes;

    public OneMessagePerDeadlineTests(RegistryApp app) =>
        _nodes = new WarningNodes(app, Instant.FromUtc(2038, 12, 2, 8, 0), _webhook);

    public async ValueTask InitializeAsync() => await _nodes.Create();

    private WarningsHost StartNode(IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string> { ["Registry:PublicBaseAddress"] = BaseAddress };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) settings[key] = value;
        return _nodes.Start(settings);
    }

    /// <summary>A new node, and a guideline on it in force from 2036 and ending <paramref name="daysLeft"/> days from today.</summary>
    private async Task<(WarningsHost Node, ApiClient Api, Guid Id, string Title, LocalDate End)> Ending(string title, int daysLeft)
    {
        var node = StartNode();
        var api = node.Api();
        var end = node.Today.PlusDays(daysLeft);
        var (id, unique) = await api.InForceTitled(title, "2036-01-01", Iso(end));
        return (node, api, id, unique, end);
    }

    [Fact]
    public async Task A_first_start_near_two_deadlines_sends_one_mail_per_deadline_and_a_restart_sends_no_more()
    {
        var first = StartNode();
        var api = first.Api();
        var (id, title) = await api.InForceTitled("Riktlinje medföljande personal", "2036-01-01", Iso(first.Today.PlusDays(29)));
        await api.Ok(id, "schedule-follow-up", new { kind = "utvardering", dueOn = Iso(first.Today.PlusDays(5)), followUpKey = "utv" });
        for (var run = 0; run < 3; run++) await first.Evaluate();
        await _nodes.Stop(first);

        var second = StartNode();
        await Task.WhenAll(second.Evaluate(), second.Evaluate());
        var warnings = await ForDocument(second.Api(), id);

        // Expiry: 180, 90 and 30 days reached at once; follow-up: 30 and 7. One sent each, the others covered by it.
        var sent = warnings.Where(w => w["coveredBy"] is null).ToList();
        Assert.Equal([("expiry", 30, Iso(first.Today.PlusDays(29))), ("followUp", 7, Iso(first.Today.PlusDays(5)))], Keys(sent));
        foreach (var covered in warnings.Where(w => w["coveredBy"] is not null))
        {
            var by = sent.Single(s => s["kind"]!.GetValue<string>() == covered["kind"]!.GetValue<string>());
            Assert.Equal(by["id"]!.GetValue<string>(), covered["coveredBy"]!.GetValue<string>());
            Assert.Empty(covered["deliveries"]!.AsArray());
        }
        Assert.Equal(5, warnings.Count);
        await AllDelivered(second, sent);
        await second.Evaluate();

        var mails = _nodes.Smtp.MessagesAbout(title);
        Assert.Equal(2, mails.Count);
        Assert.Contains(mails, m => m.Subject == $"{title}: dokumentet upphör om 29 dagar ({Iso(first.Today.PlusDays(29))})");
        Assert.Contains(mails, m => m.Subject == $"{title}: uppföljning ska göras om 5 dagar ({Iso(first.Today.PlusDays(5))})");
        Assert.Contains("Utvärdering ska vara gjord senast", mails.Single(m => m.Subject!.Contains("uppföljning")).TextBody);
        Assert.Equal(2, _webhook.Accepted.Count(a => sent.Any(s => s["id"]!.GetValue<string>() == a.IdempotencyKey)));
    }

    [Fact]
    public async Task The_mail_is_plain_text_and_html_with_links_and_threads_with_the_next_warning_of_the_deadline()
    {
        var (node, api, id, title, end) = await Ending("Riktlinje tråd", daysLeft: 29);
        await node.Evaluate();
        var firstId = WarningId((await ForDocument(api, id)).Single(w => w["coveredBy"] is null));
        await Eventually.True(() => _nodes.Smtp.MessagesAbout(title).Count == 1, "the 30-day mail");

        var mail = _nodes.Smtp.MessagesAbout(title)[0];
        Assert.Equal("multipart/alternative", mail.Body!.ContentType.MimeType);
        var text = mail.TextBody;
        Assert.Contains($"Dokumentet upphör: {Iso(end)} – om 29 dagar.", text);
        Assert.Contains("Förlängning kräver beslut av VVG.", text);
        Assert.Contains($"{BaseAddress}dokument/{id}", text);
        Assert.Contains($"{BaseAddress}dokument/{id}/varningar/{firstId}/kvittera", text);
        var html = mail.HtmlBody;
        Assert.Contains("<html lang=\"sv\">", html);
        Assert.Contains($"<h1>{title}</h1>", html);
        Assert.Contains($"<a href=\"{BaseAddress}dokument/{id}\">Öppna {title} i Styrdokumentregistret</a>", html);
        Assert.Contains($"<a href=\"{BaseAddress}dokument/{id}/varningar/{firstId}/kvittera\">Kvittera varningen", html);
        Assert.Equal($"{firstId:N}@styrdokumentregistret", mail.MessageId);
        var root = $"{id:N}-expiry@styrdokumentregistret";
        Assert.Equal(root, mail.InReplyTo);
        Assert.Equal([root], mail.References);
        var (payload, _) = Assert.Single(_webhook.Accepted, a => a.IdempotencyKey == firstId.ToString());
        Assert.Equal($"{BaseAddress}dokument/{id}", payload["documentUrl"]!.GetValue<string>());
        Assert.Equal("om 29 dagar", payload["when"]!.GetValue<string>());
        Assert.Equal(29, payload["daysLeft"]!.GetValue<int>());
        Assert.Contains("Förlängning kräver beslut av VVG", payload["action"]!.GetValue<string>());

        node.SetToday(end.PlusDays(-7));
        await node.Evaluate();
        await Eventually.True(() => _nodes.Smtp.MessagesAbout(title).Count == 2, "the 7-day mail");

        var next = _nodes.Smtp.MessagesAbout(title).Single(m => m.MessageId != mail.MessageId);
        Assert.Contains("om 7 dagar", next.Subject);
        Assert.Equal(root, next.InReplyTo);
        Assert.Equal([root], next.References);
        Assert.Equal(mail.Headers["Thread-Topic"], next.Headers["Thread-Topic"]);
        var (index, nextIndex) = (Convert.FromBase64String(mail.Headers["Thread-Index"]!), Convert.FromBase64String(next.Headers["Thread-Index"]!));
        Assert.Equal(27, index.Length);
        Assert.Equal(index[..22], nextIndex[..22]);
        Assert.NotEqual(index, nextIndex);
    }

    [Fact]
    public async Task A_mail_delayed_by_an_outage_says_how_many_days_are_left_on_the_day_it_is_sent()
    {
        await _nodes.Smtp.Stop();
        var (node, api, id, title, end) = await Ending("Riktlinje försenad", daysLeft: 29);
        await node.Evaluate();
        var sent = WarningId((await ForDocument(api, id)).Single(w => w["coveredBy"] is null));
        await EmailFails(api, sent);

        node.SetToday(node.Today.PlusDays(3));
        await _nodes.Smtp.Start();

        await Eventually.True(() => _nodes.Smtp.MessagesAbout(title).Count == 1, "the mail once the SMTP server is up");
        var mail = _nodes.Smtp.MessagesAbout(title)[0];
        Assert.Contains("om 26 dagar", mail.Subject);
        Assert.Contains($"Dokumentet upphör: {Iso(end)} – om 26 dagar.", mail.TextBody);
    }

    [Fact]
    public async Task A_threshold_added_after_a_more_urgent_warning_went_out_is_only_recorded_as_covered()
    {
        var narrow = StartNode(new Dictionary<string, string> { ["Registry:Warnings:Thresholds:expiry:0"] = "30" });
        var wide = StartNode(new Dictionary<string, string>
        {
            ["Registry:Warnings:Thresholds:expiry:0"] = "90",
            ["Registry:Warnings:Thresholds:expiry:1"] = "30",
        });
        var api = narrow.Api();
        var (id, title) = await api.InForceTitled("Riktlinje ny tröskel", "2036-01-01", Iso(narrow.Today.PlusDays(20)));

        await narrow.Evaluate();
        await wide.Evaluate();
        await wide.Evaluate();

        var warnings = await ForDocument(api, id);
        var sent = warnings.Single(w => w["thresholdDays"]!.GetValue<int>() == 30);
        Assert.Null(sent["coveredBy"]);
        Assert.Equal(sent["id"]!.GetValue<string>(), warnings.Single(w => w["thresholdDays"]!.GetValue<int>() == 90)["coveredBy"]!.GetValue<string>());
        await AllDelivered(narrow, [sent]);
        Assert.Single(_nodes.Smtp.MessagesAbout(title));
    }

    [Fact]
    public async Task Responsible_contacts_recorded_on_the_document_receive_the_warning_too()
    {
        var (node, api, id, title, end) = await Ending("Riktlinje ansvarig", daysLeft: 200);
        await api.Ok(id, "add-responsible-contact", new { name = "Förvaltaren", email = "forvaltare@example.se" });

        node.SetToday(end.PlusDays(-180));
        await node.Evaluate();

        await Eventually.True(() => _nodes.Smtp.MessagesAbout(title).Count == 1, "the 180-day mail");
        Assert.Equal(["forvaltare@example.se", "registrator@example.se"],
            _nodes.Smtp.MessagesAbout(title)[0].To.Mailboxes.Select(m => m.Address).Order().ToArray());
    }

    private static async Task AllDelivered(WarningsHost node, IEnumerable<System.Text.Json.Nodes.JsonObject> warnings)
    {
        var ids = warnings.Select(WarningId).ToList();
        await Eventually.True(async () =>
        {
            foreach (var warningId in ids)
            {
                if ((await Get(node.Api(), warningId))["deliveries"]!.AsArray().Any(d => d!["status"]!.GetValue<string>() != "delivered"))
                    return false;
            }
            return true;
        }, "every warning sent to be delivered by email and webhook");
    }

    public async ValueTask DisposeAsync()
    {
        await _nodes.DisposeAsync();
        _webhook.Dispose();
    }
}
