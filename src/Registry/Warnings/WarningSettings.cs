using Microsoft.Extensions.Configuration;

namespace Registry.Warnings;

/// <summary>Configuration section Registry:Warnings (see docs/warnings.md).</summary>
public sealed class WarningSettings
{
    public const string Section = "Registry:Warnings";

    public static readonly int[] DefaultThresholds = [180, 90, 30, 7, 0];

    /// <summary>How often every node evaluates what is due; zero turns the timer off (evaluation still follows events).</summary>
    public TimeSpan EvaluationInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Days before the target date, per warning kind key (expiry, noticeDeadline, remissDeadline, followUp).</summary>
    public Dictionary<string, int[]> Thresholds { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Overrides per document kind, then per warning kind key.</summary>
    public Dictionary<string, Dictionary<string, int[]>> ThresholdsByDocumentKind { get; set; } =
        new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits between delivery attempts on a channel that is down; the last one repeats until it works.</summary>
    public TimeSpan[]? RetryDelays { get; set; }

    /// <summary>An overdue follow-up is warned the day after its date and again every this many days until done.</summary>
    public int OverdueRepeatDays { get; set; } = 30;

    public EmailSettings Email { get; set; } = new();

    public List<string> Webhooks { get; set; } = [];

    /// <summary>Microsoft Teams incoming-webhook (Workflows) URLs: they receive an Adaptive Card instead of the plain JSON.</summary>
    public List<string> TeamsWebhooks { get; set; } = [];

    public DigestSettings Digest { get; set; } = new();

    /// <summary>
    /// Where users reach the registry (Registry:PublicBaseAddress, shared with the OData feed), for links in mails,
    /// webhooks and calendar events. Always ends with a slash.
    /// </summary>
    public Uri PublicBaseAddress { get; private set; } = DefaultPublicBaseAddress;

    public static readonly Uri DefaultPublicBaseAddress = new("http://localhost:5080/");

    public IReadOnlyList<TimeSpan> EffectiveRetryDelays =>
        RetryDelays is { Length: > 0 } delays
            ? delays
            : [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30)];

    public int[] ThresholdsFor(WarningKind kind) =>
        Thresholds.TryGetValue(kind.Key(), out var days) && days.Length > 0 ? days : DefaultThresholds;

    /// <summary>(warning kind, document kind or "*", days) rows, handed to the due-warnings query.</summary>
    public IEnumerable<(string Kind, string DocumentKind, int Days)> ThresholdRows()
    {
        foreach (var kind in Enum.GetValues<WarningKind>())
        {
            foreach (var days in ThresholdsFor(kind).Distinct()) yield return (kind.Key(), "*", days);
            foreach (var (documentKind, byKind) in ThresholdsByDocumentKind)
            {
                var overrides = byKind.FirstOrDefault(p => string.Equals(p.Key, kind.Key(), StringComparison.OrdinalIgnoreCase)).Value;
                if (overrides is null) continue;
                foreach (var days in overrides.Distinct()) yield return (kind.Key(), documentKind.ToLowerInvariant(), days);
            }
        }
    }

    public static WarningSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<WarningSettings>() ?? new WarningSettings();
        settings.PublicBaseAddress = ParseBaseAddress(configuration[PublicBaseAddressKey]);
        if (settings.Digest.PeriodDays < 1)
            throw new InvalidOperationException($"{Section}:Digest:PeriodDays måste vara minst 1 (fick {settings.Digest.PeriodDays}).");
        if (settings.OverdueRepeatDays < 1)
            throw new InvalidOperationException($"{Section}:OverdueRepeatDays måste vara minst 1 (fick {settings.OverdueRepeatDays}).");
        if (settings.Digest.HorizonDays < 0)
            throw new InvalidOperationException($"{Section}:Digest:HorizonDays får inte vara negativt (fick {settings.Digest.HorizonDays}).");
        return settings;
    }

    public const string PublicBaseAddressKey = "Registry:PublicBaseAddress";

    /// <summary>An absolute http(s) address; anything else stops the start with a message naming the key.</summary>
    public static Uri ParseBaseAddress(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return DefaultPublicBaseAddress;
        var text = value.Trim();
        if (!text.EndsWith('/')) text += "/";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new InvalidOperationException(
                $"{PublicBaseAddressKey} måste vara en absolut http- eller https-adress, t.ex. https://styrdokument.example.se/ (fick \"{value}\").");
        return uri;
    }
}

/// <summary>The periodic summary per recipient (Registry:Warnings:Digest).</summary>
public sealed class DigestSettings
{
    /// <summary>On by default whenever e-mail is configured.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Length of a period in days; periods start on Mondays (2000-01-03 and every PeriodDays after), so 7 is weekly.</summary>
    public int PeriodDays { get; set; } = 7;

    /// <summary>How far ahead the summary lists upcoming deadlines.</summary>
    public int HorizonDays { get; set; } = 30;
}

public sealed class EmailSettings
{
    /// <summary>SMTP server; empty turns the email channel off.</summary>
    public string Host { get; set; } = "";
    public int Port { get; set; } = 25;
    /// <summary>Use STARTTLS when the server offers it (off for a plain test server).</summary>
    public bool UseStartTls { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "styrdokumentregistret@localhost";
    public List<string> DefaultRecipients { get; set; } = [];
    /// <summary>Recipients per owner body (e.g. "VVG", "SRO"), added to the default list.</summary>
    public Dictionary<string, List<string>> RecipientsByBody { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Recipients (from the lists above) who want the periodic summary only, no mail per warning.</summary>
    public List<string> DigestOnly { get; set; } = [];

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    /// <summary>Who gets a mail for one warning: the lists for its owner bodies and its responsible people, except digest-only recipients.</summary>
    public IReadOnlyList<string> WarningRecipientsFor(IEnumerable<string> ownerBodies, IEnumerable<string> responsible) =>
        Clean(RecipientsFor(ownerBodies).Concat(responsible))
            .Where(r => !DigestOnly.Contains(r, StringComparer.OrdinalIgnoreCase))
            .ToList();

    /// <summary>Everyone on a configured list: each gets a summary per period.</summary>
    public IReadOnlyList<string> DigestRecipients() =>
        Clean(DefaultRecipients.Concat(RecipientsByBody.Values.SelectMany(list => list)).Concat(DigestOnly)).ToList();

    /// <summary>The owner bodies a recipient follows; null when the recipient follows every document.</summary>
    public IReadOnlyList<string>? BodiesFollowedBy(string recipient)
    {
        if (DefaultRecipients.Contains(recipient, StringComparer.OrdinalIgnoreCase)) return null;
        var bodies = RecipientsByBody.Where(p => p.Value.Contains(recipient, StringComparer.OrdinalIgnoreCase)).Select(p => p.Key).ToList();
        // Only on the digest-only list: a summary of the whole registry.
        return bodies.Count == 0 ? null : bodies;
    }

    private static IEnumerable<string> Clean(IEnumerable<string> addresses) =>
        addresses.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> RecipientsFor(IEnumerable<string> ownerBodies) =>
        DefaultRecipients
            .Concat(ownerBodies.SelectMany(body => RecipientsByBody.TryGetValue(body, out var list) ? list : []))
            .Where(r => !string.IsNullOrWhiteSpace(r))
            .Select(r => r.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
