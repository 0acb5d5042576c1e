namespace Registry.Documents;

/// <summary>
/// What a recorded event means, in Swedish, written once by the event itself: a short label ("Förlängt"), a one-line
/// summary, the business date it concerns, and the decision it records, if any. The UI history, the OData
/// <c>LifecycleEvents</c> and <c>Decisions</c> sets and the API all show this one description.
/// </summary>
public sealed record EventDescription(string Label, string Summary, LocalDate? BusinessDate = null)
{
    public DecisionFact? Decision { get; init; }

    /// <summary>Where the fact comes from; null: not recorded ("källa saknas").</summary>
    public Source? Source { get; init; }

    public string? Note { get; init; }

    /// <summary>How much of <see cref="BusinessDate"/> the source states (Day when not stated).</summary>
    public DatePrecision BusinessDatePrecision { get; init; }

    /// <summary>This description with the step's source, note and the precision of its business date.</summary>
    public EventDescription From(Source? source, string? note, IReadOnlyDictionary<string, DatePrecision>? precision,
        string? dateInput) =>
        this with
        {
            Source = source,
            Note = note,
            BusinessDatePrecision = dateInput is null ? DatePrecision.Day : precision.Of(dateInput),
        };

    /// <summary>Label and summary on one line, for lists without a separate label column.</summary>
    public string OneLine => Summary.Length == 0 ? Label : $"{Label}: {Summary}";

    public static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string Date(LocalDate? date) => date is { } d ? Date(d) : "–";

    /// <summary>A date at its precision ("juni 2021", "ca 2015", "okänt").</summary>
    public static string Date(LocalDate? date, DatePrecision precision) => DatePrecisions.Show(date, precision);

    public static string Period(LocalDate from, LocalDate? to) =>
        to is { } end ? $"{Date(from)} – {Date(end)}" : $"från {Date(from)} tills vidare";

    public static string Period(LocalDate? from, DatePrecision fromPrecision, LocalDate? to, DatePrecision toPrecision) =>
        to is not null || toPrecision == DatePrecision.Unknown
            ? $"{Date(from, fromPrecision)} – {Date(to, toPrecision)}"
            : $"från {Date(from, fromPrecision)} tills vidare";

    /// <summary>The non-empty parts, joined with semicolons.</summary>
    public static string Join(params string?[] parts) => string.Join("; ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>A decision an event records: what kind (code for OData), on what decision, with what outcome, by which party.</summary>
public sealed record DecisionFact(string Kind, DecisionReference Decision, string Outcome, string? Party = null,
    int? TextVersion = null);

/// <summary>The Swedish names of the decision kinds (<see cref="DecisionFact.Kind"/>).</summary>
public static class DecisionKinds
{
    public static string Label(string kind) => kind switch
    {
        "Endorsement" => "Ställningstagande",
        "Adoption" => "Beslut hos huvudman",
        "EntryIntoForce" => "Ikraftträdande",
        "Extension" => "Förlängning",
        "ExtensionProposal" => "Föreslagen förlängning",
        "ExtensionDecision" => "Beslut om förlängning",
        "Notice" => "Uppsägning",
        "NoticePeriodChange" => "Ändrad uppsägningstid",
        "Supersession" => "Ersatt",
        "EndCondition" => "Villkor för upphörande",
        "AutomaticRenewal" => "Automatisk förlängning",
        _ => kind,
    };
}
