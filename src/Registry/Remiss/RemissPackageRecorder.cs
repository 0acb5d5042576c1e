using Registry.ReadModels;

namespace Registry.Remiss;

/// <summary>What a package command recorded: the package and each member's new events.</summary>
public sealed record RemissPackagePlan(Guid PackageId, string Name, IReadOnlyList<PackageChange> Documents);

/// <summary>
/// Records remiss packages (ADR 0035): the remiss sent on every member, or a response or conference recorded once
/// for the package, appended to every member's stream under optimistic concurrency and saved in one transaction (as
/// <see cref="Meetings.MeetingRecorder"/> does). Any refusal records nothing on any member.
/// </summary>
public sealed class RemissPackageRecorder(IDocumentSession session, IClock clock)
{
    public async Task<RemissPackagePlan> Send(SendRemissPackage command, string recordedBy, CancellationToken cancellation = default)
    {
        InputBounds.Check(command);
        var packageId = command.Id ?? Guid.CreateVersion7();
        Rule.Require(command.DocumentIds is { Count: > 0 }, "Ett remisspaket består av minst två styrdokument.", "documentIds");
        if ((await MemberIds(packageId, cancellation)).Count > 0)
            throw new RemissPackageMemberRefused($"Remisspaketet {packageId} är redan skickat.", "id");
        var members = new List<Styrdokument>();
        foreach (var id in command.DocumentIds.Distinct())
            members.Add(await session.LoadAsync<Styrdokument>(id, cancellation) ?? throw new DocumentNotFound(id));
        var changes = RemissPackages.Send(command, packageId, members, Context(recordedBy));
        await Save(changes, cancellation);
        return new RemissPackagePlan(packageId, command.Name.Trim(), changes);
    }

    /// <summary>A response or a conference (<see cref="RecordRemissResponse"/>, <see cref="RecordRemissConference"/>) for every open member.</summary>
    public async Task<RemissPackagePlan> ForEachMember(Guid packageId, IDocumentCommand command, string recordedBy,
        CancellationToken cancellation = default)
    {
        InputBounds.Check(command);
        var members = await Members(packageId, cancellation);
        var changes = RemissPackages.ForEachOpenMember(packageId, members, command, Context(recordedBy));
        await Save(changes, cancellation);
        return new RemissPackagePlan(packageId, NameOf(packageId, members), changes);
    }

    /// <summary>The package's members in its order, as their current states; 404 for an unknown package.</summary>
    public async Task<IReadOnlyList<Styrdokument>> Members(Guid packageId, CancellationToken cancellation = default)
    {
        var ids = await MemberIds(packageId, cancellation);
        if (ids.Count == 0) throw new RemissPackageNotFound(packageId);
        var loaded = await session.LoadManyAsync<Styrdokument>(cancellation, ids);
        var package = loaded.Select(d => d.Consultations.LastOrDefault(c => c.Package?.Id == packageId)?.Package).First(p => p is not null)!;
        return [.. package.Documents.Select(id => loaded.FirstOrDefault(d => d.Id == id)).OfType<Styrdokument>()];
    }

    public static string NameOf(Guid packageId, IEnumerable<Styrdokument> members) =>
        members.SelectMany(m => m.Consultations).First(c => c.Package?.Id == packageId).Package!.Name;

    private async Task<IReadOnlyList<Guid>> MemberIds(Guid packageId, CancellationToken cancellation) =>
        await session.QueryAsync<Guid>(
            $"select distinct document_id from {ReadModelTables.Consultations.QualifiedName} where package_id = ?",
            cancellation, packageId);

    private async Task Save(IReadOnlyList<PackageChange> changes, CancellationToken cancellation)
    {
        foreach (var change in changes)
            session.Events.Append(change.DocumentId, change.ExpectedVersion + change.Events.Count, change.Events.Cast<object>().ToArray());
        await session.SaveChangesAsync(cancellation);
    }

    private CommandContext Context(string recordedBy) =>
        new(new Recorded(recordedBy, clock.GetCurrentInstant()), clock.TodayInStockholm());
}
