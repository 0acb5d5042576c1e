using Registry.Remiss;

namespace Registry.Warnings;

/// <summary>
/// The remiss deadline of a package is one warning (ADR 0035): every member writes its own deadline row with the
/// package's subject, and the evaluation groups the members' rows into one message on the first member (by id), the
/// others recorded as covered by it, with the member documents and the missing recipients in its text.
/// </summary>
public static class RemissPackageWarnings
{
    private const string SubjectPrefix = "remisspaket-";
    private const string DetailsPrefix = "Remisspaket ";
    private const string Missing = ". Remissvar saknas från: ";

    /// <summary>The deadline subject shared by every member of a package (instead of the round's "remiss-{n}").</summary>
    public static string Subject(RemissPackageRef package) => SubjectPrefix + package.Id.ToString("N");

    /// <summary>A member's own deadline text: the package and who has not answered for this document.</summary>
    public static string Details(RemissPackageRef package, IEnumerable<string> missing) =>
        DetailsPrefix + package.Name + Missing + string.Join(", ", missing);

    public static bool IsPackage(DueWarning warning) =>
        warning.Kind == WarningKind.RemissDeadline.Key() && warning.Subject.StartsWith(SubjectPrefix, StringComparison.Ordinal);

    /// <summary>What one message is about: the package's deadline and date for a package, else the document's deadline.</summary>
    public static (Guid DocumentId, string Kind, string Subject, LocalDate TargetDate) GroupOf(DueWarning warning) =>
        IsPackage(warning) ? (Guid.Empty, warning.Kind, warning.Subject, warning.TargetDate) : warning.Deadline;

    /// <summary>
    /// The rows of one group ordered so that the head is the message: the most urgent threshold of the first member;
    /// for a package the head's title and text name the package, its members and each one's missing recipients.
    /// </summary>
    public static List<DueWarning> Order(IEnumerable<DueWarning> group)
    {
        var rows = group.OrderBy(w => w.ThresholdDays).ThenBy(w => w.DocumentId).ToList();
        if (!IsPackage(rows[0])) return rows;
        var members = rows.DistinctBy(w => w.DocumentId).OrderBy(w => w.DocumentId).ToList();
        var head = rows.First(w => w.DocumentId == members[0].DocumentId && w.ThresholdDays == rows[0].ThresholdDays);
        var issued = rows.Where(w => w.IssuedThreshold is not null).Select(w => w.IssuedThreshold!.Value).DefaultIfEmpty().Min();
        var name = NameIn(head.Details);
        var missing = members.Select(m => (m.Title, Who: MissingIn(m.Details))).ToList();
        var details = $"Remisspaketet omfattar {members.Count} styrdokument: {string.Join("; ", members.Select(m => m.Title))}. " +
            (missing.Select(m => m.Who).Distinct().Count() == 1
                ? $"Remissvar saknas från: {missing[0].Who}"
                : "Remissvar saknas – " + string.Join("; ", missing.Select(m => $"{m.Title}: {m.Who}")));
        var merged = head with
        {
            Title = DetailsPrefix + name,
            Details = details,
            IssuedThreshold = rows.Any(w => w.IssuedThreshold is not null) ? issued : null,
        };
        return [merged, .. rows.Where(w => w != head)];
    }

    private static string NameIn(string details)
    {
        var end = details.LastIndexOf(Missing, StringComparison.Ordinal);
        return details.StartsWith(DetailsPrefix, StringComparison.Ordinal) && end > DetailsPrefix.Length
            ? details[DetailsPrefix.Length..end] : details;
    }

    private static string MissingIn(string details)
    {
        var at = details.LastIndexOf(Missing, StringComparison.Ordinal);
        return at < 0 ? details : details[(at + Missing.Length)..];
    }
}
