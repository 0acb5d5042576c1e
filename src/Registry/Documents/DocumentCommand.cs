namespace Registry.Documents;

/// <summary>What a command knows besides its own input: who records it, and the clock.</summary>
public sealed record CommandContext(Recorded Recorded, LocalDate Today);

/// <summary>A lifecycle step on an existing styrdokument: validates against its state and yields the events.</summary>
public interface IDocumentCommand
{
    /// <summary>The step's own rules; run it through <see cref="DocumentCommands.Decided"/>, which first refuses a step that does not apply.</summary>
    IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context);
}

public static class DocumentCommands
{
    /// <summary>
    /// The events of a step on a document: refused with the step's <see cref="LifecycleStep.Refusal"/> when the step
    /// does not apply to the document's state (the same test that makes the UI offer it), else by its own rules.
    /// </summary>
    public static List<IDocumentEvent> Decided(this IDocumentCommand command, Styrdokument document, CommandContext context)
    {
        LifecycleSteps.Of(command).RequireApplicable(document);
        return command.Decide(document, context).ToList();
    }
}

/// <summary>A command that names other styrdokument, which must exist.</summary>
public interface IReferencesDocuments
{
    IEnumerable<DocumentReference> ReferencedDocuments { get; }
}

/// <summary>Another styrdokument named in a command's input field.</summary>
public sealed record DocumentReference(Guid Id, string Field);

/// <summary>
/// Every lifecycle event names its document and who recorded it, when; it knows its own effect on the document's
/// state (<see cref="Apply"/>, the only way state changes) and what it means in Swedish (<see cref="Describe"/>).
/// </summary>
public interface IDocumentEvent
{
    Guid DocumentId { get; }
    Recorded Recorded { get; }

    void Apply(Styrdokument document);

    EventDescription Describe();
}
