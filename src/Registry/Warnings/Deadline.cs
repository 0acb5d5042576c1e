namespace Registry.Warnings;

/// <summary>
/// One upcoming date a document's users must be warned about. <paramref name="Subject"/> tells deadlines of the
/// same kind apart (a remiss round, a follow-up); together with the kind it identifies the deadline across date changes.
/// </summary>
public sealed record Deadline(WarningKind Kind, string Subject, LocalDate TargetDate, string Details);

public static class Deadlines
{
    /// <summary>
    /// The deadlines of a document in its current state: none for drafts without remiss; for an ended document only its
    /// follow-ups left to do, obligations that outlive it (ADR 0029).
    /// </summary>
    public static IEnumerable<Deadline> Of(Styrdokument document) =>
        document.Status.IsTerminal() ? FollowUpsOf(document) : StateDeadlinesOf(document).Concat(FollowUpsOf(document));

    private static IEnumerable<Deadline> FollowUpsOf(Styrdokument document) =>
        document.FollowUps.Where(f => f.CompletedOn is null).Select(followUp => new Deadline(WarningKind.FollowUp, followUp.Key,
            followUp.DueOn, string.IsNullOrEmpty(followUp.Description) ? followUp.Kind.Label() : followUp.Description));

    private static IEnumerable<Deadline> StateDeadlinesOf(Styrdokument document)
    {
        if (Registry.Validity.RenewalPeriods.CurrentRenewal(document) is { } renewal)
        {
            foreach (var deadline in RenewalDeadlinesOf(document, renewal)) yield return deadline;
        }
        else if (document.Status.IsInForce() && document.ValidTo is { } end)
            yield return new Deadline(WarningKind.Expiry, "", end, "");

        if (document.Status == DocumentStatus.InForce && document.NoticeDeadline is { } noticeBy
            && Registry.Validity.RenewalPeriods.CurrentRenewal(document) is null)
            yield return new Deadline(WarningKind.NoticeDeadline, "", noticeBy,
                $"Uppsägningstid {document.NoticePeriodMonths} månader, slutdatum {document.ValidTo:yyyy-MM-dd}");

        if (document.Status == DocumentStatus.InForce && document.ProposedExtension is { } proposal && document.ValidTo is { } current)
            yield return new Deadline(WarningKind.ExtensionDecisions, "", current,
                $"Föreslagen förlängning till {proposal.NewValidTo:yyyy-MM-dd}; beslut saknas från: {Registry.ReadModels.PartyStatusRows.Missing(proposal)}");

        if (document.OpenConsultation is { } remiss && remiss.MissingResponders.Any())
            yield return remiss.Package is { } package
                ? new Deadline(WarningKind.RemissDeadline, RemissPackageWarnings.Subject(package), remiss.ResponseDeadline,
                    RemissPackageWarnings.Details(package, remiss.MissingResponders))
                : new Deadline(WarningKind.RemissDeadline, $"remiss-{remiss.Number}", remiss.ResponseDeadline,
                    "Remissvar saknas från: " + string.Join(", ", remiss.MissingResponders));

        if (document.Status == DocumentStatus.InForce && Registry.Validity.EndConditions.CurrentEndCondition(document) is { ReviewOn: { } reviewOn } condition)
            yield return new Deadline(WarningKind.ReviewDate, "", reviewOn, "Gäller tills: " + condition.Condition);
    }

    /// <summary>
    /// A renewing agreement does not expire: it warns before each period's notice deadline instead, one deadline per period
    /// (subject: the period's last day), so each period's thresholds fire once (ADR 0034).
    /// </summary>
    private static IEnumerable<Deadline> RenewalDeadlinesOf(Styrdokument document, Registry.Validity.AutomaticRenewal renewal) =>
        Registry.Validity.RenewalPeriods.WarnedPeriods(document, renewal).Select(period => new Deadline(WarningKind.NoticeDeadline,
            $"period-{period.To:yyyy-MM-dd}", period.NoticeDeadline,
            $"Uppsägningstid {document.NoticePeriodMonths} månader, periodens slutdatum {period.To:yyyy-MM-dd}; " +
            $"annars förlängs avtalet med {Registry.Validity.RenewalPeriods.Length(renewal.PeriodMonths)} till " +
            $"{Registry.Validity.RenewalPeriods.EndOf(renewal, period.Index + 1):yyyy-MM-dd}"));
}
