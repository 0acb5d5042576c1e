namespace Registry.Documents;

/// <summary>
/// The kinds of styrdokument seen in the minutes. The set is extensible through configuration
/// (Registry:ExtraDocumentKinds), so kinds are strings rather than an enum.
/// </summary>
public sealed class DocumentKinds(IEnumerable<string> extraKinds)
{
    public static readonly IReadOnlyList<string> Standard =
        ["avtal", "overenskommelse", "riktlinje", "handlingsplan", "strategi", "uppdragshandling", "rutin"];

    /// <summary>Kinds that are agreements between the parties and so may carry a notice period.</summary>
    public static readonly IReadOnlySet<string> Agreements = new HashSet<string> { "avtal", "overenskommelse" };

    public IReadOnlyList<string> All { get; } =
        Standard.Concat(extraKinds.Select(Normalize)).Where(k => k.Length > 0).Distinct().ToList();

    public bool IsKnown(string kind) => All.Contains(Normalize(kind));

    public static string Normalize(string kind) => kind.Trim().ToLowerInvariant();

    /// <summary>The kind as users read it.</summary>
    public static string Label(string kind) => kind switch
    {
        "avtal" => "Avtal",
        "overenskommelse" => "Överenskommelse",
        "riktlinje" => "Riktlinje",
        "handlingsplan" => "Handlingsplan",
        "strategi" => "Strategi / färdplan",
        "uppdragshandling" => "Uppdragshandling",
        "rutin" => "Rutin",
        _ => kind.Length > 0 ? char.ToUpperInvariant(kind[0]) + kind[1..] : kind,
    };
}
