using System.Globalization;

namespace Registry.Warnings;

/// <summary>
/// The Swedish words of a deadline as of one day: how far off it is, what it means and what can be done, and where
/// to act. The one place every channel (mail, webhook, Teams, calendar, digest, web page) takes its text from.
/// </summary>
public static class WarningText
{
    /// <summary>"om 29 dagar", "i morgon", "i dag", "passerades i går", "passerades för 3 dagar sedan".</summary>
    public static string When(LocalDate target, LocalDate today) => DaysLeft(target, today) switch
    {
        0 => "i dag",
        1 => "i morgon",
        -1 => "passerades i går",
        > 1 and var days => $"om {days} dagar",
        var days => $"passerades för {-days} dagar sedan",
    };

    public static int DaysLeft(LocalDate target, LocalDate today) => Period.DaysBetween(today, target);

    /// <summary>"Dokumentet upphör: 2026-12-31 – om 29 dagar."</summary>
    public static string Headline(string kind, LocalDate target, LocalDate today) =>
        $"{Label(kind, target, today)}: {Date(target)} – {When(target, today)}.";

    /// <summary>An end date that has passed: the document is "Utgånget" from the next day, no step needed (ADR 0027).</summary>
    public static bool HasLapsed(string kind, LocalDate target, LocalDate today) =>
        WarningKinds.Parse(kind) == WarningKind.Expiry && target < today;

    /// <summary>What the date is as of <paramref name="today"/>: "Utgånget" once an end date has passed.</summary>
    public static string Label(string kind, LocalDate target, LocalDate today) =>
        HasLapsed(kind, target, today) ? Documents.DocumentStatusExtensions.Label(Documents.DocumentStatus.Lapsed) : Label(kind);

    /// <summary>What the date means as of <paramref name="today"/>; a passed end date says the document has lapsed.</summary>
    public static string Meaning(string kind, LocalDate target, string details, LocalDate today) =>
        HasLapsed(kind, target, today)
            ? $"Dokumentet gällde till och med {Date(target)} och är utgånget sedan {Date(target.PlusDays(1))}. Det kan förlängas i efterhand genom ett beslut."
            : Meaning(kind, target, details);

    /// <summary>What the date is, in a sentence, with the deadline's own details (notice period, missing responses).</summary>
    public static string Meaning(string kind, LocalDate target, string details) => WarningKinds.Parse(kind) switch
    {
        WarningKind.Expiry => $"Dokumentet gäller till och med {Date(target)} och upphör sedan, om det inte förlängs eller ersätts av en reviderad version.",
        WarningKind.NoticeDeadline => Join($"Sista dag att säga upp avtalet så att det upphör vid slutdatumet.", Sentence(details)),
        WarningKind.RemissDeadline => Join("Sista dag för remissinstanserna att lämna remissvar.", Sentence(details)),
        WarningKind.FollowUp => $"{(details.Length > 0 ? details : "Uppföljningen")} ska vara gjord senast {Date(target)}.",
        WarningKind.ReviewDate => Join($"Dokumentet gäller tills vidare och ska senast {Date(target)} prövas mot sitt villkor för upphörande.", Sentence(details)),
        WarningKind.ExtensionDecisions => Join($"Dokumentet gäller till och med {Date(target)}; förlängningen gäller först när besluten är fattade.", Sentence(details)),
        WarningKind.FollowUpOverdue => $"{(details.Length > 0 ? details : "Uppföljningen")} skulle ha varit gjord senast {Date(target)} och är inte registrerad som genomförd.",
        _ => Sentence(details),
    };

    /// <summary>What can be done about it, naming the bodies whose decision it takes ("förlängning kräver beslut av VVG").</summary>
    public static string Action(string kind, IReadOnlyList<string> ownerBodies)
    {
        var bodies = Bodies(ownerBodies);
        return WarningKinds.Parse(kind) switch
        {
            WarningKind.Expiry => $"Förlängning kräver beslut av {bodies}. Registrera beslutet i Styrdokumentregistret när det är fattat; ska dokumentet upphöra behövs ingen åtgärd.",
            WarningKind.NoticeDeadline => $"En part som vill säga upp avtalet ska göra det senast denna dag. Ändrad uppsägningstid eller förlängning kräver beslut av {bodies}.",
            WarningKind.RemissDeadline => $"Påminn dem som inte har svarat och registrera remissvaren när de kommer in. Förlängd svarstid kräver beslut av {bodies}.",
            WarningKind.FollowUp => "Registrera uppföljningen som genomförd i Styrdokumentregistret när den är gjord.",
            WarningKind.ReviewDate => $"Om villkoret är uppfyllt, eller dokumentet ska förlängas, revideras eller upphöra, krävs beslut av {bodies}. Registrera beslutet i Styrdokumentregistret, eller ett nytt omprövningsdatum.",
            WarningKind.ExtensionDecisions => "Påminn dem som inte har beslutat och registrera besluten om förlängningen när de är fattade; utan dem upphör dokumentet vid slutdatumet.",
            WarningKind.FollowUpOverdue => "Registrera uppföljningen som genomförd när den är gjord, eller planera om den med ett skäl. Påminnelsen upprepas tills dess.",
            _ => "",
        };
    }

    /// <summary>"VVG", "SRO och VVG", "A, B och C"; "dokumentets ägare" when none is recorded.</summary>
    public static string Bodies(IReadOnlyList<string> ownerBodies) => ownerBodies.Count switch
    {
        0 => "dokumentets ägare",
        1 => ownerBodies[0],
        _ => string.Join(", ", ownerBodies.Take(ownerBodies.Count - 1)) + " och " + ownerBodies[^1],
    };

    public static string Label(string kind) => WarningKinds.Parse(kind)?.Label() ?? kind;

    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The document's page in the web UI.</summary>
    public static Uri DocumentUrl(Uri baseAddress, Guid documentId) => new(baseAddress, $"dokument/{documentId}");

    /// <summary>The page that acknowledges a warning; it asks the reader to sign in first.</summary>
    public static Uri AcknowledgeUrl(Uri baseAddress, Guid documentId, Guid warningId) =>
        new(baseAddress, $"dokument/{documentId}/varningar/{warningId}/kvittera");

    /// <summary>
    /// Identifies a deadline across date changes (document, kind, subject): the calendar event's UID and the mail
    /// thread's root Message-ID, so both stay one item when the date moves.
    /// </summary>
    public static string DeadlineId(Guid documentId, string kind, string subject) => string.Create(CultureInfo.InvariantCulture,
        $"{documentId:N}-{kind}{(subject.Length > 0 ? "-" + subject : "")}@styrdokumentregistret");

    private static string Sentence(string text) =>
        text.Length == 0 || text.EndsWith('.') ? text : text + ".";

    private static string Join(string first, string second) => second.Length == 0 ? first : first + " " + second;
}
