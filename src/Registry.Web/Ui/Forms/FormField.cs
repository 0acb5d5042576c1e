namespace Registry.Web.Ui.Forms;

public enum FieldKind
{
    Text,
    LongText,
    Date,
    Number,
    Checkbox,
    Select,
    Lines,
    Group,
}

public sealed record FieldOption(string Value, string Label);

/// <summary>
/// One input of a step form. <see cref="Name"/> is the command's JSON path (e.g. "decision.meetingDate"), the same
/// name <see cref="Registry.Documents.RuleViolation.Field"/> uses, so a rule's message lands next to its input.
/// </summary>
public sealed record FormField(string Name, string Label, FieldKind Kind, bool Required)
{
    public IReadOnlyList<FieldOption> Options { get; init; } = [];
    public IReadOnlyList<FormField> Children { get; init; } = [];

    /// <summary>Suggestions offered by a datalist (free text stays allowed).</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    public string? Hint { get; init; }

    public string Id => "f-" + Name.Replace('.', '-');
}
