using Registry.FollowUp;

namespace Registry.Tests.Rules;

/// <summary>
/// Common histories, as the events a document would have recorded, and the events they are made of. Dates follow the
/// integration tests: drafted 2019-10-01, in force 2020-01-01 – 2023-12-31, on remiss 2021-10-01 with answers due
/// 2021-12-31 from the region, Borås and Ale.
/// </summary>
public static class History
{
    public static readonly IReadOnlyList<string> RemissRecipients = [Parties.Region, "Borås", "Ale"];

    public static LocalDate Date(int year, int month, int day) => new(year, month, day);

    public static DecisionReference Vvg(LocalDate meetingDate, string? item = "5") => new("VVG", meetingDate, item);

    public static DocumentDrafted Drafted(string kind = "riktlinje", bool requiresAllParties = false) =>
        new(DocumentId, "Riktlinje för test", kind, ["VVG"], null, null, requiresAllParties, Date(2019, 10, 1), Recording);

    public static DocumentEnteredIntoForce EnteredIntoForce(LocalDate? from = null, LocalDate? to = null, bool openEnded = false,
        int? noticePeriodMonths = null, int textVersion = 1, bool replacesPreviousVersion = false) =>
        new(DocumentId, textVersion, from ?? Date(2020, 1, 1), openEnded ? null : to ?? Date(2023, 12, 31),
            noticePeriodMonths, null, replacesPreviousVersion, Recording);

    public static RemissSent SentOnRemiss(int number = 1, int textVersion = 1, LocalDate? sentOn = null, LocalDate? deadline = null) =>
        new(DocumentId, number, textVersion, null, sentOn ?? Date(2021, 10, 1), deadline ?? Date(2021, 12, 31),
            RemissRecipients, Recording);

    public static RevisionDrafted RevisionBegun(int textVersion = 2) =>
        new(DocumentId, textVersion, "Ny version", Date(2023, 6, 1), Recording);

    public static FollowUpScheduled FollowUpPlanned(string key = "uppfoljning-1", LocalDate? dueOn = null) =>
        new(DocumentId, key, FollowUpKind.Uppfoljning, dueOn ?? Date(2022, 6, 30), "", Recording);

    /// <summary>A draft riktlinje (or another kind).</summary>
    public static IDocumentEvent[] Draft(string kind = "riktlinje") => [Drafted(kind)];

    /// <summary>A document in force for the given period (2020-01-01 – 2023-12-31 unless told).</summary>
    public static IDocumentEvent[] InForce(LocalDate? from = null, LocalDate? to = null, bool openEnded = false,
        string kind = "riktlinje", int? noticePeriodMonths = null) =>
        [Drafted(kind), EnteredIntoForce(from, to, openEnded, noticePeriodMonths)];

    /// <summary>An agreement in force 2020-01-01 – 2023-12-31 with twelve months' notice.</summary>
    public static IDocumentEvent[] AgreementInForce(LocalDate? to = null, bool openEnded = false) =>
        InForce(to: to, openEnded: openEnded, kind: "avtal", noticePeriodMonths: 12);

    /// <summary>A document in force with a revision (version 2) being drafted.</summary>
    public static IDocumentEvent[] InRevision() => [.. InForce(), RevisionBegun()];

    /// <summary>A draft the VVG endorsed on 2021-09-01.</summary>
    public static IDocumentEvent[] Endorsed() =>
        [Drafted(), new DocumentEndorsed(DocumentId, Vvg(Date(2021, 9, 1)), EndorsementOutcome.Endorsed, null, null, 1, Recording)];

    /// <summary>A draft that <paramref name="party"/> adopted (Borås on 2021-09-01 unless told).</summary>
    public static IDocumentEvent[] Adopted(string party = "Borås", LocalDate? on = null) =>
        [Drafted(), new DocumentAdopted(DocumentId, party, on ?? Date(2021, 9, 1), null, 1, Recording)];

    /// <summary>A revision (version 2, see <see cref="InRevision"/>) on remiss, sent 2023-07-01 with answers due 2023-09-01.</summary>
    public static IDocumentEvent[] RevisionOnRemiss() =>
        [.. InRevision(), SentOnRemiss(textVersion: 2, sentOn: Date(2023, 7, 1), deadline: Date(2023, 9, 1))];

    /// <summary>A draft on remiss (remiss 1), sent 2021-10-01 with answers due 2021-12-31.</summary>
    public static IDocumentEvent[] OnRemiss() => [Drafted(), SentOnRemiss()];

    /// <summary>A draft back from remiss: remiss 1 (see <see cref="OnRemiss"/>) was closed on 2022-01-10.</summary>
    public static IDocumentEvent[] BackFromRemiss() => [.. OnRemiss(), new RemissClosed(DocumentId, 1, Date(2022, 1, 10), Recording)];

    /// <summary>An agreement in force on which Borås gave notice on 2021-04-30, so it ends 2022-04-30.</summary>
    public static IDocumentEvent[] UnderNotice() =>
        [.. AgreementInForce(), new NoticeGiven(DocumentId, "Borås", Date(2021, 4, 30), Date(2022, 4, 30), null, Recording)];

    /// <summary>A draft withdrawn on 2021-03-01.</summary>
    public static IDocumentEvent[] Withdrawn() => [Drafted(), new DraftWithdrawn(DocumentId, Date(2021, 3, 1), null, Recording)];

    /// <summary>A document in force until 2023-12-31 that then expired.</summary>
    public static IDocumentEvent[] Expired() => [.. InForce(), new DocumentExpired(DocumentId, Date(2023, 12, 31), Recording)];

    /// <summary>A document in force replaced by another on 2022-01-01.</summary>
    public static IDocumentEvent[] Superseded() =>
        [.. InForce(), new DocumentSuperseded(DocumentId, OtherDocumentId, Date(2022, 1, 1), null, Recording)];

    /// <summary>The ended documents, by name: withdrawn, expired, superseded.</summary>
    public static TheoryData<string> EndedStates => ["withdrawn", "expired", "superseded"];

    public static IDocumentEvent[] Ended(string state) => state switch
    {
        "withdrawn" => Withdrawn(),
        "expired" => Expired(),
        "superseded" => Superseded(),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
