namespace Registry.Documents;

/// <summary>
/// A lifecycle step as users meet it, declared once next to its command: its public name (the route
/// <c>POST /api/documents/{id}/{name}</c> and the "command" of a step in the demo data), its Swedish texts and inputs
/// for the UI, and when it applies. Every command is decided through <see cref="DocumentCommands.Decided"/>, which
/// begins with <see cref="RequireApplicable"/>, so the UI offers exactly the steps the rules would accept in the
/// document's current state.
/// </summary>
public sealed record LifecycleStep(string Name, Type CommandType, string Title, string Done)
{
    public string? Help { get; init; }

    /// <summary>Why the step does not apply to a document in its current state (Swedish, with the field at fault), or null when it does.</summary>
    public Func<Styrdokument, RuleViolation?> Refusal { get; init; } = _ => null;

    /// <summary>Swedish labels (and optional hints) of this step's own inputs, by JSON path; shared inputs are in <see cref="StepInputs.Common"/>.</summary>
    public IReadOnlyDictionary<string, StepInput> Inputs { get; init; } = new Dictionary<string, StepInput>();

    /// <summary>Inputs that are optional in the command's signature but always required by its rules.</summary>
    public IReadOnlyList<string> RequiredInputs { get; init; } = [];

    public bool AppliesTo(Styrdokument document) => Refusal(document) is null;

    public void RequireApplicable(Styrdokument document)
    {
        if (Refusal(document) is { } refusal) throw refusal;
    }

    /// <summary>The label and hint of an input of this step, falling back to the shared ones, then to its name.</summary>
    public StepInput Input(string name) =>
        Inputs.TryGetValue(name, out var own) ? own : StepInputs.Common.GetValueOrDefault(name, new StepInput(name));
}

public sealed record StepInput(string Label, string? Hint = null);

/// <summary>Inputs that several steps share, labelled once.</summary>
public static class StepInputs
{
    public static readonly IReadOnlyDictionary<string, StepInput> Common = new Dictionary<string, StepInput>
    {
        ["decision"] = new("Beslut"),
        ["decision.body"] = new("Beslutande organ"),
        ["decision.meetingDate"] = new("Mötesdatum"),
        ["decision.agendaItem"] = new("Punkt", "Punktens nummer i protokollet eller minnesanteckningarna, t.ex. 5."),
        ["decision.meetingDatePrecision"] = new("Precision för beslutets datum", "Lämna tomt när anteckningarna anger dagen."),
        ["note"] = new("Anteckning"),
        ["source"] = new("Källa", "Mötet och punkten, eller en annan referens (brev, en huvudmans protokoll). Lämna tomt om källan saknas."),
        ["source.body"] = new("Källans organ", "T.ex. SRO, VVG eller en huvudmans nämnd."),
        ["source.meetingDate"] = new("Datum för källans möte"),
        ["source.agendaItem"] = new("Källans punkt"),
        ["source.reference"] = new("Annan referens", "T.ex. ett brev eller en huvudmans protokoll."),
        ["source.meetingId"] = new("Registrerat sammanträde"),
        ["source.meetingDatePrecision"] = new("Precision för källans datum"),
        ["reason"] = new("Skäl"),
        ["party"] = new("Huvudman"),
        ["noticePeriodMonths"] = new("Uppsägningstid (månader)", "Endast för avtal och överenskommelser."),
        ["followUpKey"] = new("Uppföljning"),
    };
}
