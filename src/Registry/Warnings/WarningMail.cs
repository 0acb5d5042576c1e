using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using MimeKit;

namespace Registry.Warnings;

/// <summary>
/// A warning as a mail people read: plain text and accessible HTML (lang="sv", headings, descriptive link texts),
/// a stable Message-ID per warning, and thread headers so every warning about one deadline lands in one thread.
/// </summary>
public static class WarningMail
{
    public const string Domain = "styrdokumentregistret";

    public static MimeMessage Compose(WarningNotice notice, string from)
    {
        var warning = notice.Warning;
        var root = WarningText.DeadlineId(warning.DocumentId, warning.Kind, warning.Subject);
        var body = new BodyBuilder { TextBody = notice.PlainText(), HtmlBody = Html(notice) };
        var message = new MimeMessage
        {
            // Stable per warning, so a receiving system can recognise a repeated delivery after a crash.
            MessageId = MessageIdOf(warning.Id),
            Subject = notice.Subject,
            Body = body.ToMessageBody(),
            // Every warning of a deadline answers its (never sent) root, so mail clients thread them together.
            InReplyTo = root,
        };
        message.References.Add(root);
        message.From.Add(MailboxAddress.Parse(from));
        foreach (var recipient in warning.Recipients.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            message.To.Add(MailboxAddress.Parse(recipient));
        // Outlook groups conversations by these two rather than by References.
        message.Headers.Add("Thread-Topic", $"{warning.KindLabel}: {warning.Title}");
        message.Headers.Add("Thread-Index", ThreadIndex(root, warning.Id));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("Content-Language", "sv");
        return message;
    }

    public static string MessageIdOf(Guid warningId) => $"{warningId:N}@{Domain}";

    /// <summary>
    /// Outlook's conversation index: a 22-byte header block (reserved byte, 5 time bytes, 16-byte conversation GUID)
    /// that is the same for the whole deadline, then one 5-byte child block per message.
    /// </summary>
    public static string ThreadIndex(string deadlineId, Guid warningId)
    {
        var conversation = MD5.HashData(Encoding.UTF8.GetBytes(deadlineId));
        var time = SHA256.HashData(Encoding.UTF8.GetBytes(deadlineId));
        var child = MD5.HashData(warningId.ToByteArray());
        var index = new byte[27];
        index[0] = 0x01;
        Array.Copy(time, 0, index, 1, 5);
        Array.Copy(conversation, 0, index, 6, 16);
        Array.Copy(child, 0, index, 22, 5);
        index[22] &= 0x7F;
        return Convert.ToBase64String(index);
    }

    public static string Html(WarningNotice notice)
    {
        var warning = notice.Warning;
        var facts = string.Concat(notice.Facts.Select(f => $"<dt>{E(f.Title)}</dt><dd>{E(f.Value)}</dd>"));
        return $"""
            <!DOCTYPE html>
            <html lang="sv">
            <head><meta charset="utf-8"><title>{E(notice.Subject)}</title></head>
            <body>
            <h1>{E(warning.Title)}</h1>
            <p><strong>{E(notice.Headline)}</strong></p>
            <h2>Vad det betyder</h2>
            <p>{E(notice.Meaning)}</p>
            <h2>Vad som kan göras</h2>
            <p>{E(notice.Action)}</p>
            <p><a href="{E(notice.DocumentUrl.ToString())}">Öppna {E(warning.Title)} i Styrdokumentregistret</a></p>
            <p><a href="{E(notice.AcknowledgeUrl.ToString())}">Kvittera varningen om {E(warning.KindLabel.ToLowerInvariant())} {E(WarningText.Date(warning.TargetDate))}</a> (kräver inloggning)</p>
            <h2>Uppgifter</h2>
            <dl>{facts}</dl>
            <p>Varnings-id: {warning.Id}</p>
            </body>
            </html>
            """;
    }

    /// <summary>HTML-encodes markup characters but keeps å, ä, ö and other letters readable in the source.</summary>
    internal static string E(string text) => Encoder.Encode(text);

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
}
