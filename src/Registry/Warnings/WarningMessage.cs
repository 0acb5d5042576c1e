using System.Globalization;

namespace Registry.Warnings;

/// <summary>The Swedish text of a warning, for email.</summary>
public static class WarningMessage
{
    public static string Subject(IssuedWarning warning) => string.Create(CultureInfo.InvariantCulture,
        $"Påminnelse: {warning.Title} – {warning.KindLabel.ToLowerInvariant()} {warning.TargetDate:uuuu-MM-dd}");

    public static string Body(IssuedWarning warning)
    {
        var when = warning.ThresholdDays == 0 ? "i dag" : $"om {warning.ThresholdDays} dagar eller mindre";
        var lines = new List<string>
        {
            $"Styrdokument: {warning.Title} ({warning.DocumentKind})",
            string.Create(CultureInfo.InvariantCulture, $"{warning.KindLabel}: {warning.TargetDate:uuuu-MM-dd} ({when})"),
        };
        if (warning.Details.Length > 0) lines.Add(warning.Details);
        lines.Add("");
        lines.Add($"Dokument-id: {warning.DocumentId}");
        lines.Add($"Varnings-id: {warning.Id}");
        lines.Add("Kvittera varningen i Styrdokumentregistret när den är omhändertagen.");
        return string.Join("\n", lines);
    }
}
