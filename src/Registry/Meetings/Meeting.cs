using System.Text;

namespace Registry.Meetings;

/// <summary>Protokoll or minnesanteckningar: what kind of record the minutes are.</summary>
public enum MeetingRecordKind
{
    Minnesanteckningar,
    Protokoll,
}

public static class MeetingBodies
{
    /// <summary>Bodies suggested in forms; any other body may be typed.</summary>
    public static readonly string[] Suggestions =
    [
        "SRO", "VVG", "SRO:s presidium", "Styrgruppen för handlingsplan psykisk hälsa", "Regionstyrelsen",
        "Hälso- och sjukvårdsstyrelsen", "Kommunstyrelsen", "Socialnämnden", "Politiskt samråd",
    ];

    public static string Label(this MeetingRecordKind kind) => kind switch
    {
        MeetingRecordKind.Protokoll => "Protokoll",
        _ => "Minnesanteckningar",
    };

    /// <summary>A meeting's id: one per body and date, so the same meeting recorded twice is found, not doubled.</summary>
    public static Guid IdFor(string body, LocalDate date) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes($"sammantrade:{body.Trim().ToLowerInvariant()}:{EventDescription.Date(date)}")));
}

/// <summary>A recorded meeting: the first and only event of its own stream (ADR 0025).</summary>
public sealed record MeetingRecorded(Guid MeetingId, string Body, LocalDate Date, DatePrecision DatePrecision,
    MeetingRecordKind RecordKind, string? Link, IReadOnlyList<AgendaPoint> Points, string? Note, Recorded Recorded)
{
    public DecisionReference DecisionAt(AgendaPoint point) =>
        new(Body, Date, point.Number, DatePrecision == DatePrecision.Day ? null : DatePrecision);

    public Source SourceAt(AgendaPoint point) =>
        new(Body, Date, point.Number, MeetingId: MeetingId, MeetingDatePrecision: DatePrecision == DatePrecision.Day ? null : DatePrecision);
}

/// <summary>A numbered point of the meeting ("punkt 6"), with the positions taken under it.</summary>
public sealed record AgendaPoint(string Number, string Title, string? Presenter, IReadOnlyList<Position> Positions);

/// <summary>
/// One position under a point about one document (or none: an information point about no registered document), in
/// the minutes' own words.
/// </summary>
public sealed record Position(Guid Id, Guid? DocumentId, EndorsementOutcome Outcome, string? Wording);
