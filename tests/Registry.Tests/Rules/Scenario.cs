using JasperFx.Events;

namespace Registry.Tests.Rules;

/// <summary>
/// Pure rule tests, without PostgreSQL or HTTP: given the events a document already has, when a command is decided
/// on the state they fold to (through <see cref="DocumentProjection.Fold"/>, as a write does), then it yields exactly
/// these events, or it is refused with exactly this message and field.
/// <code>Scenario.Given(History.InForce()).When(new ExtendDocument(...)).Then(new DocumentExtended(...));</code>
/// </summary>
public static class Scenario
{
    /// <summary>The document every scenario is about.</summary>
    public static readonly Guid DocumentId = Guid.Parse("00000000-0000-0000-0000-00000000d0c1");

    /// <summary>Another document, e.g. a successor.</summary>
    public static readonly Guid OtherDocumentId = Guid.Parse("00000000-0000-0000-0000-00000000d0c2");

    /// <summary>Who records every command and event in a scenario, and when; the fixed context makes events comparable.</summary>
    public static readonly Recorded Recording = new("handlaggare@example.se", Instant.FromUtc(2026, 11, 22, 9, 0));

    /// <summary>"Today" unless a scenario says otherwise.</summary>
    public static readonly LocalDate Today = new(2026, 11, 22);

    /// <summary>The standard kinds plus one configured extra kind, as in the integration tests.</summary>
    public static readonly DocumentKinds Kinds = new(["Vårdprogram"]);

    public static CommandContext Context(LocalDate? today = null) => new(Recording, today ?? Today);

    public static Given Given(params IDocumentEvent[] history) => new(history);

    /// <summary>A command that starts a document: there is no history.</summary>
    public static Outcome When(DraftDocument command, LocalDate? today = null) =>
        new([], () => [command.Decide(DocumentId, Context(today), Kinds)]);

    /// <summary>The document the history folds to, version and all; null when it was never drafted.</summary>
    public static Styrdokument? Fold(IEnumerable<IDocumentEvent> history) =>
        history.Select((e, index) => Stored(e, index + 1)).Aggregate((Styrdokument?)null, DocumentProjection.Fold);

    private static IEvent Stored(IDocumentEvent data, long version)
    {
        var stored = (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(data.GetType()), data)!;
        stored.Version = version;
        return stored;
    }

    /// <summary>An event as its type and JSON, so lists compare by value and a failure shows the difference.</summary>
    public static string Show(IDocumentEvent e) => $"{e.GetType().Name} {JsonSerializer.Serialize(e, e.GetType(), Json)}";

    private static readonly JsonSerializerOptions Json = RegistryJson.Configure(new JsonSerializerOptions());
}

public sealed class Given(IReadOnlyList<IDocumentEvent> history)
{
    /// <summary>The state the history folds to.</summary>
    public Styrdokument Document =>
        Scenario.Fold(history) ?? throw new InvalidOperationException("The history must start with DocumentDrafted.");

    public Outcome When(IDocumentCommand command, LocalDate? today = null) =>
        new(history, () => command.Decided(Document, Scenario.Context(today)));
}

public sealed class Outcome(IReadOnlyList<IDocumentEvent> history, Func<IReadOnlyList<IDocumentEvent>> decide)
{
    /// <summary>The command yields exactly <paramref name="expected"/>, in order; returns the state they lead to.</summary>
    public Styrdokument Then(params IDocumentEvent[] expected)
    {
        var actual = decide();
        Assert.Equal(expected.Select(Scenario.Show), actual.Select(Scenario.Show));
        return Scenario.Fold([.. history, .. actual])!;
    }

    /// <summary>The command is refused with exactly this message, for this field.</summary>
    public RuleViolation ThenRejects(string? field, string message)
    {
        var violation = Assert.Throws<RuleViolation>(() => decide());
        Assert.Equal(message, violation.Message);
        Assert.Equal(field, violation.Field);
        return violation;
    }
}
