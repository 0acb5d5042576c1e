namespace Registry.Provenance;

/// <summary>
/// Where a recorded fact comes from: a meeting and its point (body, date, point number, and the recorded meeting's id
/// when there is one), or another reference such as a letter or a huvudman's protokoll. Null on a step means the
/// source was not recorded ("källa saknas"), as on every step recorded before sources existed (ADR 0024).
/// </summary>
public sealed record Source(string? Body = null, LocalDate? MeetingDate = null, string? AgendaItem = null,
    string? Reference = null, Guid? MeetingId = null, DatePrecision? MeetingDatePrecision = null)
{
    public const string Missing = "källa saknas";

    public override string ToString()
    {
        var meeting = Body is null ? null
            : string.Join(" ", new[]
            {
                Body,
                MeetingDate is { } date ? DatePrecisions.Show(date, MeetingDatePrecision) : null,
                AgendaItem is null ? null : "punkt " + AgendaItem,
            }.Where(p => p is not null));
        return EventDescription.Join(meeting, Reference) is { Length: > 0 } text ? text : Missing;
    }

    /// <summary>The source as the minutes would cite it, or "källa saknas".</summary>
    public static string Show(Source? source) => source?.ToString() ?? Missing;

    /// <summary>A source of a command: trimmed, with a body or a reference.</summary>
    public static Source? Check(Source? source, string field = "source")
    {
        if (source is null) return null;
        var body = Blank(source.Body);
        var reference = Blank(source.Reference);
        Rule.Require(body is not null || reference is not null,
            "Källan måste ange ett organ (med mötesdatum och punkt) eller en annan referens, t.ex. ett brev eller ett protokoll.",
            field);
        Rule.Require(body is null || source.MeetingDate is not null, "Källans mötesdatum måste anges.", field + ".meetingDate");
        return source with { Body = body, Reference = reference, AgendaItem = Blank(source.AgendaItem) };
    }

    /// <summary>The source a decision reference gives, when a step records a decision but no source of its own.</summary>
    public static Source? Of(DecisionReference? decision) => decision is null ? null
        : new Source(decision.Body, decision.MeetingDate, decision.AgendaItem, MeetingDatePrecision: decision.MeetingDatePrecision);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A command's checked source, note and date precisions, as its events record them.</summary>
public sealed record StepProvenance(Source? Source, string? Note, IReadOnlyDictionary<string, DatePrecision>? Precision)
{
    /// <summary>Check a command's source and precisions against its date inputs (name and value).</summary>
    public static StepProvenance Check(Source? source, string? note, IReadOnlyDictionary<string, DatePrecision>? precision,
        params (string Input, LocalDate? Date)[] dates) =>
        new(Source.Check(source), string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            DatePrecisions.Check(precision, dates.ToDictionary(d => d.Input, d => d.Date)));
}
