using Registry.Provenance;

namespace Registry.Remiss;

/// <summary>
/// The remiss package a remiss round belongs to (ADR 0035): one remiss sent over several documents ("HoS-avtal med
/// tillhörande överenskommelser"), recorded in each member's <see cref="RemissSent"/>, so every member knows the others.
/// </summary>
public sealed record RemissPackageRef(Guid Id, string Name, IReadOnlyList<Guid> Documents);

/// <summary>
/// Send one remiss over several documents: the same dates, recipients and subject on each member, all in one
/// transaction with a shared package id and name (<see cref="RemissPackageRef"/>). The caller may choose the id.
/// </summary>
public sealed record SendRemissPackage(string Name, IReadOnlyList<Guid> DocumentIds, LocalDate SentOn, LocalDate ResponseDeadline,
    IReadOnlyList<string>? Recipients = null, IReadOnlyList<string>? OtherRecipients = null, string? Subject = null,
    Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null, Guid? Id = null)
{
    public SendRemiss ForEachMember() => new(SentOn, ResponseDeadline, Recipients, Subject, Source, Note, Precision, OtherRecipients);
}

/// <summary>A member of a package cannot go on remiss in its state (409, naming <c>documentIds[i]</c>).</summary>
public sealed class RemissPackageMemberRefused(string message, string field) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>No document has a remiss in the package with this id.</summary>
public sealed class RemissPackageNotFound(Guid id) : Exception($"Remisspaketet {id} finns inte.")
{
    public Guid PackageId { get; } = id;
}

/// <summary>The events a package command adds to one member document.</summary>
public sealed record PackageChange(Guid DocumentId, string Title, long ExpectedVersion, IReadOnlyList<IDocumentEvent> Events);

/// <summary>
/// The rules of a remiss package, pure: each member is decided by the single-document step's own rules, and a
/// refusal of any member refuses the whole package (nothing is recorded on any member).
/// </summary>
public static class RemissPackages
{
    public const int MaxMembers = 50;

    /// <summary>Send the remiss on every member; <paramref name="members"/> in the order of <see cref="SendRemissPackage.DocumentIds"/>.</summary>
    public static IReadOnlyList<PackageChange> Send(SendRemissPackage command, Guid packageId, IReadOnlyList<Styrdokument> members,
        CommandContext context)
    {
        var name = Rule.RequireText(command.Name, "name", "Remisspaketets namn");
        Rule.Require(command.DocumentIds is { Count: >= 2 }, "Ett remisspaket består av minst två styrdokument.", "documentIds");
        Rule.Require(command.DocumentIds.Count <= MaxMembers, $"Ett remisspaket kan ha högst {MaxMembers} styrdokument.", "documentIds");
        for (var i = 0; i < command.DocumentIds.Count; i++)
            Rule.Require(!command.DocumentIds.Take(i).Contains(command.DocumentIds[i]), "Styrdokumentet finns redan i paketet.", $"documentIds[{i}]");
        var package = new RemissPackageRef(packageId, name, [.. command.DocumentIds]);
        var send = command.ForEachMember();
        var changes = new List<PackageChange>();
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            if (SendRemiss.Step.Refusal(member) is { } refusal)
                throw new RemissPackageMemberRefused($"{member.Title}: {refusal.Message}", $"documentIds[{i}]");
            var events = DocumentCommandExecutor.DecideOn(member, send, context, apply: false)
                .Select(e => e is RemissSent sent ? sent with { Package = package } : e).ToList();
            changes.Add(new PackageChange(member.Id, member.Title, member.Version, events));
        }
        return changes;
    }

    /// <summary>
    /// A response or a conference recorded once for the package: decided on every member whose open remiss belongs to
    /// it. A response already recorded on one member (recorded for that document alone) is kept there and not repeated.
    /// </summary>
    public static IReadOnlyList<PackageChange> ForEachOpenMember(Guid packageId, IReadOnlyList<Styrdokument> members,
        IDocumentCommand command, CommandContext context)
    {
        var open = members.Where(m => m.OpenConsultation?.Package?.Id == packageId).ToList();
        if (open.Count == 0)
            throw new RemissPackageMemberRefused("Inget styrdokument i remisspaketet har remissen öppen.", "status");
        var changes = new List<PackageChange>();
        RuleViolation? first = null;
        foreach (var member in open)
        {
            if (command is RecordRemissResponse response && AlreadyAnswered(member, response.Recipient)) continue;
            try
            {
                changes.Add(new PackageChange(member.Id, member.Title, member.Version,
                    DocumentCommandExecutor.DecideOn(member, command, context, apply: false)));
            }
            catch (RuleViolation violation)
            {
                throw new RuleViolation($"{member.Title}: {violation.Message}", violation.Field);
            }
        }
        if (changes.Count == 0)
        {
            // Every member has the answer: say so in the single step's words.
            try { DocumentCommandExecutor.DecideOn(open[0], command, context, apply: false); }
            catch (RuleViolation violation) { first = violation; }
            throw first ?? new RuleViolation("Remissvaret är redan registrerat.", "recipient");
        }
        return changes;
    }

    private static bool AlreadyAnswered(Styrdokument member, string? recipient)
    {
        if (string.IsNullOrWhiteSpace(recipient)) return false;
        var name = Parties.Find(recipient) ?? recipient.Trim();
        return member.OpenConsultation!.Responses.Any(r => r.Recipient.Equals(name, StringComparison.OrdinalIgnoreCase));
    }
}
