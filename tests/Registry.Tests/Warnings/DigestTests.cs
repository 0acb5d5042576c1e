using MimeKit;

namespace Registry.Tests.Warnings;

/// <summary>The periodic summary: once per recipient and period on two nodes, with what each recipient follows.</summary>
public sealed class DigestTests(RegistryApp app) : IAsyncLifetime
{
    private const string DigestSubject = "Styrdokumentregistret: sammanfattning";
    // A Wednesday: the weekly period began on Monday 2040-03-05.
    private readonly WarningNodes _nodes = new(app, Instant.FromUtc(2040, 3, 7, 8, 0));

    public async ValueTask InitializeAsync() => await _nodes.Create();

    private WarningsHost StartNode(bool digests = true) => _nodes.Start(new Dictionary<string, string>
    {
        ["Registry:Warnings:Email:DefaultRecipients:1"] = "chef@example.se",
        ["Registry:Warnings:Email:RecipientsByBody:SRO:0"] = "sro@example.se",
        ["Registry:Warnings:Email:DigestOnly:0"] = "chef@example.se",
        ["Registry:Warnings:Digest:HorizonDays"] = "60",
        ["Registry:PublicBaseAddress"] = "https://styrdokument.example.se/",
        ["Registry:Warnings:Digest:Enabled"] = digests ? "true" : "false",
    });

    [Fact]
    public async Task Each_recipient_gets_one_summary_per_week_on_two_nodes_and_a_digest_only_recipient_no_single_warnings()
    {
        // The documents are recorded first, on a node without summaries, so that no summary is sent half-way through.
        var setup = StartNode(digests: false);
        var api = setup.Api();
        var today = setup.Today;
        Assert.Equal(new LocalDate(2040, 3, 5), WarningDigests.PeriodStart(today, 7));
        var vvgTitle = "VVG-riktlinje " + Guid.NewGuid().ToString("N")[..6];
        var sroTitle = "SRO-plan " + Guid.NewGuid().ToString("N")[..6];
        var vvg = await api.InForce("2038-01-01", Iso(today.PlusDays(40)), draft: new { title = vvgTitle });
        var sro = await api.Draft(sroTitle, extra: new { ownerBodies = new[] { "SRO" } });
        await api.Ok(sro, "enter-into-force", new { validFrom = "2038-01-01", validTo = Iso(today.PlusDays(50)) });
        await setup.Evaluate();
        await Eventually.True(() => _nodes.Smtp.MessagesAbout(vvgTitle).Count == 1 && _nodes.Smtp.MessagesAbout(sroTitle).Count == 1,
            "the single warnings");
        await Eventually.True(async () =>
            (await ForDocument(api, vvg)).Concat(await ForDocument(api, sro)).SelectMany(w => w["deliveries"]!.AsArray())
                .All(d => d!["status"]!.GetValue<string>() == "delivered"), "the single warnings marked delivered");
        await _nodes.Stop(setup);
        Assert.Empty(Digests());

        var (first, second) = (StartNode(), StartNode());
        for (var round = 0; round < 3; round++)
            await Task.WhenAll(first.Evaluate(), second.Evaluate(), first.Evaluate(), second.Evaluate());
        await Eventually.True(() => Digests().Count == 3, "a summary to each of the three recipients");
        await Task.WhenAll(first.Evaluate(), second.Evaluate());

        var digests = Digests();
        Assert.Equal(["chef@example.se", "registrator@example.se", "sro@example.se"], digests.Select(To).Order().ToArray());
        var registrator = digests.Single(m => To(m) == "registrator@example.se");
        Assert.Contains(vvgTitle, registrator.TextBody);
        Assert.Contains(sroTitle, registrator.TextBody);
        Assert.Contains($"Dokumentet upphör: {Iso(today.PlusDays(40))} – om 40 dagar.", registrator.TextBody);
        Assert.Contains("<html lang=\"sv\">", registrator.HtmlBody);
        Assert.Contains($"https://styrdokument.example.se/dokument/{vvg}", registrator.HtmlBody);
        Assert.Contains("/kvittera", registrator.TextBody);
        var sroDigest = digests.Single(m => To(m) == "sro@example.se");
        Assert.Contains(sroTitle, sroDigest.TextBody);
        Assert.DoesNotContain(vvgTitle, sroDigest.TextBody);
        // The digest-only recipient is on the default list, but gets the summary only.
        Assert.Contains(vvgTitle, digests.Single(m => To(m) == "chef@example.se").TextBody);
        Assert.All(_nodes.Smtp.MessagesAbout(vvgTitle).Concat(_nodes.Smtp.MessagesAbout(sroTitle)),
            m => Assert.DoesNotContain("chef@example.se", m.To.Mailboxes.Select(b => b.Address)));

        // Later in the same week: nothing new. The next Monday: one more each.
        first.SetToday(today.PlusDays(4));
        await Task.WhenAll(first.Evaluate(), second.Evaluate());
        first.SetToday(today.PlusDays(5));
        await Task.WhenAll(first.Evaluate(), second.Evaluate(), first.Evaluate(), second.Evaluate());
        await Eventually.True(() => Digests().Count == 6, "the next week's summaries");
        await Task.WhenAll(first.Evaluate(), second.Evaluate());
        Assert.Equal(6, Digests().Count);
        Assert.Equal(2, Digests().Count(m => To(m) == "sro@example.se"));
    }

    private List<MimeMessage> Digests() =>
        _nodes.Smtp.Messages().Where(m => m.Subject?.StartsWith(DigestSubject, StringComparison.Ordinal) == true).ToList();

    private static string To(MimeMessage message) => message.To.Mailboxes.Single().Address;

    public ValueTask DisposeAsync() => _nodes.DisposeAsync();
}
