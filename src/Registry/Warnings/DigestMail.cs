using System.Text;
using MimeKit;

namespace Registry.Warnings;

/// <summary>One recipient's periodic summary as a mail: plain text and accessible HTML, in the words of <see cref="WarningText"/>.</summary>
public static class DigestMail
{
    public static MimeMessage Compose(DeliverDigest digest, DigestContent content, LocalDate today, int periodDays,
        int horizonDays, Uri baseAddress, string from)
    {
        var start = LocalDate.FromDateOnly(digest.PeriodStart);
        var period = $"{WarningText.Date(start)} – {WarningText.Date(start.PlusDays(periodDays - 1))}";
        var subject = $"Styrdokumentregistret: sammanfattning {period} – {Count(content.Upcoming.Count, "tidsfrist", "tidsfrister")}, " +
            $"{Count(content.ToHandle.Count, "varning", "varningar")} att ta hand om";
        var upcoming = content.Upcoming.Select(d => new Line(
            d.Title, WarningText.Headline(d.Kind, d.TargetDate, today), WarningText.Action(d.Kind, d.OwnerBodies),
            WarningText.DocumentUrl(baseAddress, d.DocumentId), null)).ToList();
        var toHandle = content.ToHandle.Select(w => new Line(
            w.Title, WarningText.Headline(w.Kind, w.TargetDate, today) + (w.AcknowledgedAt is null ? " Inte kvitterad." : " Kvitterad."),
            WarningText.Action(w.Kind, w.OwnerBodies), WarningText.DocumentUrl(baseAddress, w.DocumentId),
            w.AcknowledgedAt is null ? WarningText.AcknowledgeUrl(baseAddress, w.DocumentId, w.Id) : null)).ToList();
        var upcomingHeading = $"Tidsfrister de närmaste {horizonDays} dagarna";
        const string toHandleHeading = "Varningar att ta hand om (inte kvitterade eller passerade)";

        var text = new StringBuilder()
            .AppendLine($"Sammanfattning från Styrdokumentregistret för {period}, per {WarningText.Date(today)}.")
            .AppendLine();
        AppendText(text, upcomingHeading, upcoming);
        AppendText(text, toHandleHeading, toHandle);

        var html = $"""
            <!DOCTYPE html>
            <html lang="sv">
            <head><meta charset="utf-8"><title>{E(subject)}</title></head>
            <body>
            <h1>Sammanfattning {E(period)}</h1>
            <p>Från Styrdokumentregistret, per {E(WarningText.Date(today))}.</p>
            {Html(upcomingHeading, upcoming)}
            {Html(toHandleHeading, toHandle)}
            </body>
            </html>
            """;

        var message = new MimeMessage
        {
            MessageId = $"digest-{start:yyyyMMdd}-{Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(digest.Recipient.ToLowerInvariant())))[..12]}@{WarningMail.Domain}",
            Subject = subject,
            Body = new BodyBuilder { TextBody = text.ToString(), HtmlBody = html }.ToMessageBody(),
        };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(digest.Recipient));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("Content-Language", "sv");
        return message;
    }

    private sealed record Line(string Title, string Headline, string Action, Uri DocumentUrl, Uri? AcknowledgeUrl);

    private static void AppendText(StringBuilder text, string heading, IReadOnlyList<Line> lines)
    {
        text.AppendLine($"{heading} ({lines.Count})");
        if (lines.Count == 0) text.AppendLine("Inga.");
        foreach (var line in lines)
        {
            text.AppendLine($"- {line.Title}: {line.Headline}");
            text.AppendLine($"  {line.Action}");
            text.AppendLine($"  Öppna dokumentet: {line.DocumentUrl}");
            if (line.AcknowledgeUrl is { } acknowledge) text.AppendLine($"  Kvittera (kräver inloggning): {acknowledge}");
        }
        text.AppendLine();
    }

    private static string Html(string heading, IReadOnlyList<Line> lines)
    {
        if (lines.Count == 0) return $"<h2>{E(heading)}</h2>\n<p>Inga.</p>";
        var items = string.Concat(lines.Select(l =>
            $"<li><a href=\"{E(l.DocumentUrl.ToString())}\">{E(l.Title)}</a>: {E(l.Headline)} {E(l.Action)}" +
            (l.AcknowledgeUrl is { } a ? $" <a href=\"{E(a.ToString())}\">Kvittera varningen om {E(l.Title)}</a>" : "") + "</li>"));
        return $"<h2>{E(heading)}</h2>\n<ul>{items}</ul>";
    }

    private static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";

    private static string E(string text) => WarningMail.E(text);
}
