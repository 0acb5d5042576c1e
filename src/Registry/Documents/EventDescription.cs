using NodaTime;

namespace Registry.Documents;

/// <summary>
/// What a recorded event means, in Swedish, written once by the event itself: a short label ("Förlängt"), a one-line
/// summary, the business date it concerns, and the decision it records, if any. The UI history, the OData
/// <c>LifecycleEvents</c> and <c>Decisions</c> sets and the API all show this one description.
/// </summary>
public sealed record EventDescription(string Label, string Summary, LocalDate? BusinessDate = null)
{
    public DecisionFact? Decision { get; init; }

    /// <summary>Label and summary on one line, for lists without a separate label column.</summary>
    public string OneLine => Summary.Length == 0 ? Label : $"{Label}: {Summary}";

    public static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Date(LocalDate? date) => date is { } d ? Date(d) : "–";

    public static string Period(LocalDate from, LocalDate? to) =>
        to is { } end ? $"{Date(from)} – {Date(end)}" : $"från {Date(from)} tills vidare";

    /// <summary>The non-empty parts, joined with semicolons.</summary>
    public static string Join(params string?[] parts) => string.Join("; ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>A decision an event records: what kind (code for OData), on what decision, with what outcome, by which party.</summary>
public sealed record DecisionFact(string Kind, DecisionReference Decision, string Outcome, string? Party = null,
    int? TextVersion = null);
