using Registry.Drafting;

namespace Registry.Documents;

public sealed record CommandResult(Guid DocumentId, long Version);

/// <summary>
/// Runs lifecycle commands against a styrdokument's stream, one transaction per command: load the current state, let
/// the command decide, append its events under optimistic concurrency and commit once (the inline
/// <see cref="DocumentProjection"/> writes the snapshot and read rows in that same commit). A concurrent writer makes
/// the later save fail with JasperFx's <c>ConcurrencyException</c>, so no event is ever lost or written over. The API,
/// the UI and the demo data all record steps through this class.
/// </summary>
public sealed class DocumentCommandExecutor(IDocumentSession session, IClock clock, DocumentKinds kinds)
{
    public async Task<CommandResult> Start(Guid documentId, DraftDocument command, string recordedBy,
        CancellationToken cancellation = default, string? idempotencyKey = null) =>
        await Idempotent("draft", idempotencyKey, command, cancellation, async () =>
        {
            await EnsureReferencedDocumentsExist(command, cancellation);
            var drafted = DecideDraft(documentId, command, Context(recordedBy), kinds);
            session.Events.StartStream<Styrdokument>(documentId, drafted);
            return new CommandResult(documentId, 1);
        });

    public async Task<CommandResult> Execute(Guid documentId, IDocumentCommand command, string recordedBy,
        long? expectedVersion = null, CancellationToken cancellation = default, string? idempotencyKey = null) =>
        await Idempotent(documentId.ToString(), idempotencyKey, command, cancellation,
            () => Decide(documentId, command, recordedBy, expectedVersion, cancellation));

    private async Task<CommandResult> Decide(Guid documentId, IDocumentCommand command, string recordedBy,
        long? expectedVersion, CancellationToken cancellation)
    {
        // The snapshot is written inline with every event, so it is the stream's current state.
        var current = await session.LoadAsync<Styrdokument>(documentId, cancellation) ?? throw new DocumentNotFound(documentId);
        if (expectedVersion is { } expected && expected != current.Version)
            throw new VersionConflict(current.Version, expected);

        if (command is IReferencesDocuments references) await EnsureReferencedDocumentsExist(references, cancellation);
        var events = DecideOn(current, command, Context(recordedBy), apply: false);
        var version = current.Version + events.Count;
        // Fails at commit if anyone appended since the snapshot was read.
        session.Events.Append(documentId, version, events.Cast<object>().ToArray());
        return new CommandResult(documentId, version);
    }

    /// <summary>A new document's first event, by the draft step's bounds and rules (also for a dry run: nothing is saved).</summary>
    public static DocumentDrafted DecideDraft(Guid documentId, DraftDocument command, CommandContext context, DocumentKinds kinds)
    {
        InputBounds.Check(command);
        return command.Decide(documentId, context, kinds);
    }

    /// <summary>
    /// A step's events on <paramref name="document"/> by its bounds and rules, saving nothing; with
    /// <paramref name="apply"/> they are also applied to it, so that the next step is decided on the state they leave.
    /// </summary>
    public static List<IDocumentEvent> DecideOn(Styrdokument document, IDocumentCommand command, CommandContext context, bool apply = true)
    {
        InputBounds.Check(command);
        var events = command.Decided(document, context);
        if (apply) events.ForEach(e => e.Apply(document));
        return events;
    }

    /// <summary>Decide and save; with an idempotency key, a repeated request replays the first outcome.</summary>
    private async Task<CommandResult> Idempotent(string scope, string? key, object command,
        CancellationToken cancellation, Func<Task<CommandResult>> decide)
    {
        if (key is null)
        {
            var result = await decide();
            await session.SaveChangesAsync(cancellation);
            return result;
        }

        var id = IdempotentRequest.IdFor(scope, key);
        var hash = IdempotentRequest.HashOf(command);
        // Requests with the same key queue on a transaction-scoped advisory lock, so a retry racing the
        // original waits for it and then replays its outcome instead of failing or recording twice.
        await session.BeginTransactionAsync(cancellation);
        await session.QueryAsync<int>("select 1 from (select pg_advisory_xact_lock(?)) as locked", cancellation,
            IdempotentRequest.LockKey(id));
        if (await session.LoadAsync<IdempotentRequest>(id, cancellation) is { } earlier) return earlier.Replay(hash);
        var outcome = await decide();
        session.Insert(new IdempotentRequest(id, hash, outcome.DocumentId, outcome.Version, clock.GetCurrentInstant()));
        await session.SaveChangesAsync(cancellation);
        return outcome;
    }

    private CommandContext Context(string recordedBy) =>
        new(new Recorded(recordedBy, clock.GetCurrentInstant()), clock.TodayInStockholm());

    private async Task EnsureReferencedDocumentsExist(IReferencesDocuments command, CancellationToken cancellation)
    {
        foreach (var reference in command.ReferencedDocuments.Distinct())
        {
            var state = await session.Events.FetchStreamStateAsync(reference.Id, cancellation);
            if (state is null)
                throw new RuleViolation($"Det refererade styrdokumentet {reference.Id} finns inte.", reference.Field);
        }
    }
}
