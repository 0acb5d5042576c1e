namespace Registry.Documents;

/// <summary>
/// A command broke a lifecycle rule or carried invalid input. The message is written for an administrator
/// (in Swedish); <see cref="Field"/> names the input at fault, when there is one.
/// </summary>
public sealed class RuleViolation(string message, string? field = null) : Exception(message)
{
    public string? Field { get; } = field;
}

/// <summary>The addressed styrdokument does not exist.</summary>
public sealed class DocumentNotFound(Guid id) : Exception($"Styrdokumentet {id} finns inte.")
{
    public Guid DocumentId { get; } = id;
}

public static class Rule
{
    public static void Require(bool condition, string message, string? field = null)
    {
        if (!condition) throw new RuleViolation(message, field);
    }

    public static string RequireText(string? value, string field, string label)
    {
        Require(!string.IsNullOrWhiteSpace(value), $"{label} måste anges.", field);
        return value!.Trim();
    }

    public static DecisionReference RequireDecision(DecisionReference? decision, string field = "decision")
    {
        Require(decision is not null, "Beslutet (beslutande organ och mötesdatum) måste anges.", field);
        return ValidDecision(decision!, field);
    }

    public static DecisionReference? OptionalDecision(DecisionReference? decision, string field = "decision") =>
        decision is null ? null : ValidDecision(decision, field);

    private static DecisionReference ValidDecision(DecisionReference decision, string field)
    {
        var body = RequireText(decision.Body, $"{field}.body", "Beslutande organ");
        var item = string.IsNullOrWhiteSpace(decision.AgendaItem) ? null : decision.AgendaItem.Trim();
        return decision with { Body = body, AgendaItem = item };
    }

    /// <summary>A refusal when <paramref name="refused"/> holds (see <see cref="LifecycleStep.Refusal"/>), else null.</summary>
    public static RuleViolation? RefuseIf(bool refused, string message, string field = "status") =>
        refused ? new RuleViolation(message, field) : null;

    /// <summary>An ended document (upphört, ersatt, återkallat) takes no more steps.</summary>
    public static RuleViolation? RefuseTerminal(Styrdokument doc) =>
        RefuseIf(doc.Status.IsTerminal(), $"Styrdokumentet har status \"{doc.Status.Label()}\" och kan inte ändras.");
}

/// <summary>The caller's expected version is not the document's current version: someone else changed it first.</summary>
public sealed class VersionConflict(long actual, long expected)
    : Exception($"Dokumentet har ändrats av någon annan sedan du läste det (nu version {actual}, du utgick från version {expected}). Läs in det på nytt.")
{
    public long ActualVersion { get; } = actual;
}
