using System.Net.Http.Json;
using System.Text.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Registry.Infrastructure;

namespace Registry.Warnings;

/// <summary>Sends a warning through email (MailKit over SMTP) or a webhook (HTTP POST of JSON).</summary>
public sealed class WarningChannels(WarningSettings settings, IHttpClientFactory httpClients)
{
    public const string WebhookClient = "registry-warnings-webhook";

    private static readonly JsonSerializerOptions Json = RegistryJson.Configure(new JsonSerializerOptions());

    public Task Send(DeliverWarning delivery, IssuedWarning warning, CancellationToken cancellation) => delivery.Channel switch
    {
        "email" => SendEmail(warning, cancellation),
        "webhook" => PostWebhook(delivery.Target, warning, cancellation),
        _ => throw new InvalidOperationException($"Okänd kanal för varningar: {delivery.Channel}"),
    };

    private async Task SendEmail(IssuedWarning warning, CancellationToken cancellation)
    {
        var email = settings.Email;
        var message = new MimeMessage
        {
            // Stable per warning, so a receiving system can recognise a repeated delivery after a crash.
            MessageId = $"{warning.Id:N}@styrdokumentregistret",
            Subject = WarningMessage.Subject(warning),
            Body = new TextPart("plain") { Text = WarningMessage.Body(warning) },
        };
        message.From.Add(MailboxAddress.Parse(email.From));
        foreach (var recipient in warning.Recipients.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            message.To.Add(MailboxAddress.Parse(recipient));

        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(email.Host, email.Port,
            email.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellation);
        if (!string.IsNullOrEmpty(email.UserName))
            await client.AuthenticateAsync(email.UserName, email.Password ?? "", cancellation);
        await client.SendAsync(message, cancellation);
        await client.DisconnectAsync(true, cancellation);
    }

    private async Task PostWebhook(string url, IssuedWarning warning, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(WebhookPayload.From(warning), options: Json),
        };
        request.Headers.Add("Idempotency-Key", warning.Id.ToString());
        using var response = await httpClients.CreateClient(WebhookClient).SendAsync(request, cancellation);
        response.EnsureSuccessStatusCode();
    }
}

/// <summary>What a webhook receives: the warning without its delivery bookkeeping.</summary>
public sealed record WebhookPayload(Guid Id, Guid DocumentId, string Title, string DocumentKind, string Kind, string KindLabel,
    string Subject, int ThresholdDays, NodaTime.LocalDate TargetDate, string Details, NodaTime.Instant IssuedAt)
{
    public static WebhookPayload From(IssuedWarning w) => new(w.Id, w.DocumentId, w.Title, w.DocumentKind, w.Kind,
        w.KindLabel, w.Subject, w.ThresholdDays, w.TargetDate, w.Details, w.IssuedAt);
}
