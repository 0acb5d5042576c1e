namespace Registry.Warnings;

/// <summary>A labelled value shown in a list of facts (mail, Teams card).</summary>
public sealed record Fact(string Title, string Value);

/// <summary>
/// One issued warning put into words as of <paramref name="Today"/> (the day it is sent or shown, not the day it was
/// issued), with its links. Every channel renders this one record; see <see cref="WarningText"/>.
/// </summary>
public sealed record WarningNotice(IssuedWarning Warning, LocalDate Today, Uri DocumentUrl, Uri AcknowledgeUrl)
{
    public static WarningNotice For(IssuedWarning warning, LocalDate today, Uri baseAddress) => new(warning, today,
        WarningText.DocumentUrl(baseAddress, warning.DocumentId),
        WarningText.AcknowledgeUrl(baseAddress, warning.DocumentId, warning.Id));

    public int DaysLeft => WarningText.DaysLeft(Warning.TargetDate, Today);

    public string When => WarningText.When(Warning.TargetDate, Today);

    /// <summary>"Riktlinje X: dokumentet upphör om 29 dagar (2026-12-31)".</summary>
    public string Subject =>
        $"{Warning.Title}: {FirstLower(Warning.KindLabel)} {When} ({WarningText.Date(Warning.TargetDate)})";

    public string Headline => WarningText.Headline(Warning.Kind, Warning.TargetDate, Today);

    public string Meaning => WarningText.Meaning(Warning.Kind, Warning.TargetDate, Warning.Details);

    public string Action => WarningText.Action(Warning.Kind, Warning.OwnerBodies);

    public IReadOnlyList<Fact> Facts =>
    [
        new("Dokument", Warning.Title),
        new("Dokumenttyp", Warning.DocumentKind),
        new("Tidsfrist", Warning.KindLabel),
        new("Datum", WarningText.Date(Warning.TargetDate)),
        new("Läge", FirstUpper(When)),
        new("Ägare", WarningText.Bodies(Warning.OwnerBodies)),
    ];

    /// <summary>The plain-text part of the mail.</summary>
    public string PlainText() => string.Join("\n",
    [
        Headline,
        "",
        $"Styrdokument: {Warning.Title} ({Warning.DocumentKind})",
        Meaning,
        Action,
        "",
        $"Öppna dokumentet: {DocumentUrl}",
        $"Kvittera varningen (kräver inloggning): {AcknowledgeUrl}",
        "",
        $"Varnings-id: {Warning.Id}",
    ]);

    private static string FirstLower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string FirstUpper(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
