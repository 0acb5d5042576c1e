using System.Net.Http.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Registry.Warnings;

/// <summary>Sends a warning through email (MailKit over SMTP), a webhook (HTTP POST of JSON) or Teams (an Adaptive Card).</summary>
public sealed class WarningChannels(WarningSettings settings, IHttpClientFactory httpClients, IClock clock)
{
    public const string WebhookClient = "registry-warnings-webhook";
    public const string Email = "email";
    public const string Webhook = "webhook";
    public const string Teams = "teams";

    private static readonly JsonSerializerOptions Json = RegistryJson.Configure(new JsonSerializerOptions());

    /// <summary>The warning in words as of today, the day it is sent: a delivery delayed by an outage says what is true now.</summary>
    public WarningNotice NoticeOf(IssuedWarning warning) =>
        WarningNotice.For(warning, clock.TodayInStockholm(), settings.PublicBaseAddress);

    public Task Send(DeliverWarning delivery, IssuedWarning warning, CancellationToken cancellation) => delivery.Channel switch
    {
        Email => SendMail(WarningMail.Compose(NoticeOf(warning), settings.Email.From), cancellation),
        Webhook => Post(delivery.Target, JsonContent.Create(WebhookPayload.From(NoticeOf(warning)), options: Json), warning.Id, cancellation),
        Teams => Post(delivery.Target, JsonContent.Create(TeamsCard.For(NoticeOf(warning))), warning.Id, cancellation),
        _ => throw new InvalidOperationException($"Okänd kanal för varningar: {delivery.Channel}"),
    };

    public async Task SendMail(MimeMessage message, CancellationToken cancellation)
    {
        var email = settings.Email;
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(email.Host, email.Port,
            email.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellation);
        if (!string.IsNullOrEmpty(email.UserName))
            await client.AuthenticateAsync(email.UserName, email.Password ?? "", cancellation);
        await client.SendAsync(message, cancellation);
        await client.DisconnectAsync(true, cancellation);
    }

    private async Task Post(string url, HttpContent content, Guid warningId, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Add("Idempotency-Key", warningId.ToString());
        using var response = await httpClients.CreateClient(WebhookClient).SendAsync(request, cancellation);
        response.EnsureSuccessStatusCode();
    }
}

/// <summary>
/// What a webhook receives: the warning without its delivery bookkeeping, plus its text as of the day it is sent
/// (<c>when</c>, <c>daysLeft</c>, <c>headline</c>, <c>meaning</c>, <c>action</c>) and links to act on it.
/// </summary>
public sealed record WebhookPayload(Guid Id, Guid DocumentId, string Title, string DocumentKind, string Kind, string KindLabel,
    string Subject, int ThresholdDays, LocalDate TargetDate, string Details, Instant IssuedAt, IReadOnlyList<string> OwnerBodies,
    int DaysLeft, string When, string Headline, string Meaning, string Action, Uri DocumentUrl, Uri AcknowledgeUrl)
{
    public static WebhookPayload From(WarningNotice notice)
    {
        var w = notice.Warning;
        return new(w.Id, w.DocumentId, w.Title, w.DocumentKind, w.Kind, w.KindLabel, w.Subject, w.ThresholdDays, w.TargetDate,
            w.Details, w.IssuedAt, w.OwnerBodies, notice.DaysLeft, notice.When, notice.Headline, notice.Meaning, notice.Action,
            notice.DocumentUrl, notice.AcknowledgeUrl);
    }
}
