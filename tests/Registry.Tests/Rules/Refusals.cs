namespace Registry.Tests.Rules;

/// <summary>
/// A table of refused commands for one <c>[Theory]</c>: each row is a rule, named as a test would be (the name shows as
/// the test's label), with the history, the command and exactly the field and message it is refused with. Refusals
/// that differ only by their values read better as rows than as a method each; the rules every step shares
/// (<see cref="Rule.RequireDecision"/>, <see cref="Rule.RefuseTerminal"/>, naming a party, an open remiss, only in force)
/// are added by one call each.
/// <code>
/// [Theory, MemberData(nameof(Refusals))]
/// public void Refused(Refusal refusal) => refusal.Check();
///
/// public static Refusals Refusals => new Refusals
/// {
///     { "Revision without a summary is rejected", InForce(), new DraftRevision(" ", Date(2023, 6, 1)), "summary", "Beskrivning …" },
/// }.OnlyInForce("Only a document in force can be revised", new DraftRevision("Ändring", Date(2023, 6, 1)), status => $"… {status}");
/// </code>
/// </summary>
public sealed class Refusals : TheoryData<Refusal>
{
    public const string DecisionMissing = "Beslutet (beslutande organ och mötesdatum) måste anges.";

    public static string NotAParty(string name) =>
        $"\"{name}\" är inte en huvudman: ange Västra Götalandsregionen eller en av de 49 kommunerna.";

    public void Add(string rule, IDocumentEvent[] given, IDocumentCommand when, string? field, string message, LocalDate? today = null) =>
        Add(new TheoryDataRow<Refusal>(new Refusal(given, when, today, field, message)) { Label = rule });

    /// <summary>
    /// The command is refused on every ended document (<see cref="History.EndedStates"/>) for its status, with the
    /// message <paramref name="message"/> gives for the status label; one row each, labelled "rule (state)".
    /// </summary>
    public Refusals OnEveryEndedDocument(string rule, IDocumentCommand when, Func<string, string> message)
    {
        foreach (var (state, label) in EndedStatusLabels)
        {
            Add($"{rule} ({state})", Ended(state), when, "status", message(label));
        }

        return this;
    }

    /// <summary>
    /// A step only a document in force takes is refused on a draft (of <paramref name="kind"/>), on an agreement under
    /// notice and on every ended document, with the message <paramref name="message"/> gives for the status label.
    /// </summary>
    public Refusals OnlyInForce(string rule, IDocumentCommand when, Func<string, string> message, string kind = "riktlinje")
    {
        Add($"{rule} (draft)", Draft(kind), when, "status", message("Utkast"));
        Add($"{rule} (agreement under notice)", UnderNotice(), when, "status", message("Uppsagt"));
        return OnEveryEndedDocument(rule, when, message);
    }

    private static readonly (string State, string Label)[] EndedStatusLabels =
        [("withdrawn", "Återkallat"), ("expired", "Upphört"), ("superseded", "Ersatt")];

    /// <summary>An ended document takes no more steps (<see cref="Rule.RefuseTerminal"/>).</summary>
    public Refusals OnEveryEndedDocument(string rule, IDocumentCommand when) =>
        OnEveryEndedDocument(rule, when, status => $"Styrdokumentet har status \"{status}\" och kan inte ändras.");

    /// <summary>
    /// A step that needs a decision (<see cref="Rule.RequireDecision"/>) is refused without one, and on one without a
    /// deciding body; <paramref name="command"/> makes the command with the given decision.
    /// </summary>
    public Refusals RequiresADecision(string step, IDocumentEvent[] given, Func<DecisionReference?, IDocumentCommand> command,
        LocalDate meetingDate)
    {
        Add($"{step} without a decision is rejected", given, command(null), "decision", DecisionMissing);
        return ChecksTheDecision(step, given, decision => command(decision), meetingDate);
    }

    /// <summary>A decision given with the step must name its deciding body, empty or blank (<see cref="Rule.OptionalDecision"/>).</summary>
    public Refusals ChecksTheDecision(string step, IDocumentEvent[] given, Func<DecisionReference, IDocumentCommand> command,
        LocalDate meetingDate)
    {
        foreach (var (body, blank) in new[] { ("", "empty"), (" ", "blank") })
        {
            Add($"{step} on a decision without a body is rejected ({blank})", given, command(new DecisionReference(body, meetingDate)),
                "decision.body", "Beslutande organ måste anges.");
        }

        return this;
    }

    /// <summary>The remiss steps need an open remiss (<c>ConsultationRules.RefuseWithoutOpenRemiss</c>).</summary>
    public Refusals NeedsAnOpenRemiss(string rule, IDocumentEvent[] given, IDocumentCommand when)
    {
        Add(rule, given, when, "status", "Det finns ingen öppen remiss för dokumentet.");
        return this;
    }

    /// <summary>
    /// A step taken by a party names it, empty or blank, and names a huvudman: the region or one of the 49 municipalities
    /// (<see cref="Parties"/>); <paramref name="command"/> makes the command with the given party.
    /// </summary>
    public Refusals RequiresAParty(string step, IDocumentEvent[] given, Func<string, IDocumentCommand> command, string notAParty)
    {
        foreach (var (party, blank) in new[] { ("", "empty"), (" ", "blank") })
        {
            Add($"{step} without a party is rejected ({blank})", given, command(party), "party", "Part måste anges.");
        }

        Add($"{step} by someone who is not a party is rejected", given, command(notAParty), "party", NotAParty(notAParty));
        return this;
    }
}

/// <summary>One row of <see cref="Refusals"/>: given the history, when the command is decided, then it is refused.</summary>
public sealed record Refusal(IDocumentEvent[] History, IDocumentCommand Command, LocalDate? Today, string? Field, string Message)
{
    public void Check() => Scenario.Given(History).When(Command, Today).ThenRejects(Field, Message);
}
