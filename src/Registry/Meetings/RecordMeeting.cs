namespace Registry.Meetings;

/// <summary>
/// A whole meeting as the minutes give it: body, date, kind of record, link, and its numbered points with the
/// positions taken on documents, existing or new. Recorded in one transaction by <see cref="MeetingRecorder"/>.
/// </summary>
public sealed record RecordMeeting(
    string Body,
    LocalDate Date,
    IReadOnlyList<AgendaPointInput> Points,
    MeetingRecordKind RecordKind = MeetingRecordKind.Minnesanteckningar,
    DatePrecision? DatePrecision = null,
    string? Link = null,
    string? Note = null);

public sealed record AgendaPointInput(string Number, string Title, IReadOnlyList<PositionInput>? Positions = null,
    string? Presenter = null);

/// <summary>
/// A position under a point: its outcome as the minutes word it, the documents it concerns (existing ones by id, and
/// new ones registered as drafts in the same transaction), and the minutes' wording.
/// </summary>
public sealed record PositionInput(EndorsementOutcome Outcome, IReadOnlyList<Guid>? DocumentIds = null,
    IReadOnlyList<NewDocumentInput>? NewDocuments = null, string? Wording = null);

/// <summary>
/// A document first met in this meeting: registered as a draft, owned by the meeting's body unless given. The caller
/// may choose its id (to refer to it in later steps); otherwise the registry gives one.
/// </summary>
public sealed record NewDocumentInput(string Title, string Kind, IReadOnlyList<string>? OwnerBodies = null, Guid? ParentId = null,
    AdoptionRequirement? AdoptionRequirement = null, string? OfficialTextUrl = null, Guid? Id = null);

/// <summary>The same body's meeting on the same date is already recorded.</summary>
public sealed class MeetingAlreadyRecorded(Guid meetingId, string body, LocalDate date)
    : Exception($"Sammanträdet {body} {EventDescription.Date(date)} är redan registrerat.")
{
    public Guid MeetingId { get; } = meetingId;
}

/// <summary>What recording a meeting does: the meeting event and each document's new events, in order.</summary>
public sealed record MeetingPlan(MeetingRecorded Meeting, IReadOnlyList<DocumentChange> Documents);

/// <summary>The events a meeting adds to one document; <see cref="ExpectedVersion"/> 0: the document is new.</summary>
public sealed record DocumentChange(Guid DocumentId, string Title, long ExpectedVersion, IReadOnlyList<IDocumentEvent> Events);
