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

    public EmailSettings Email { get; set; } = new();

    public List<string> Webhooks { get; set; } = [];

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

    public static WarningSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<WarningSettings>() ?? new WarningSettings();
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

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public IReadOnlyList<string> RecipientsFor(IEnumerable<string> ownerBodies) =>
        DefaultRecipients
            .Concat(ownerBodies.SelectMany(body => RecipientsByBody.TryGetValue(body, out var list) ? list : []))
            .Where(r => !string.IsNullOrWhiteSpace(r))
            .Select(r => r.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
