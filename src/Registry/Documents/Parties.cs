namespace Registry.Documents;

/// <summary>The huvudmän: Västra Götalandsregionen and the 49 municipalities of Västra Götaland.</summary>
public static class Parties
{
    public const string Region = "Västra Götalandsregionen";

    public static readonly IReadOnlyList<string> Municipalities =
    [
        "Ale", "Alingsås", "Bengtsfors", "Bollebygd", "Borås", "Dals-Ed", "Essunga", "Falköping",
        "Färgelanda", "Grästorp", "Gullspång", "Göteborg", "Götene", "Herrljunga", "Hjo", "Härryda",
        "Karlsborg", "Kungälv", "Lerum", "Lidköping", "Lilla Edet", "Lysekil", "Mariestad", "Mark",
        "Mellerud", "Munkedal", "Mölndal", "Orust", "Partille", "Skara", "Skövde", "Sotenäs",
        "Stenungsund", "Strömstad", "Svenljunga", "Tanum", "Tibro", "Tidaholm", "Tjörn", "Tranemo",
        "Trollhättan", "Töreboda", "Uddevalla", "Ulricehamn", "Vara", "Vårgårda", "Vänersborg",
        "Åmål", "Öckerö",
    ];

    /// <summary>All 50 parties: the region first, then the municipalities.</summary>
    public static readonly IReadOnlyList<string> All = [Region, .. Municipalities];

    public static string? Find(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Equals("VGR", StringComparison.OrdinalIgnoreCase)) return Region;
        return All.FirstOrDefault(p => p.Equals(trimmed, StringComparison.OrdinalIgnoreCase))
            ?? All.FirstOrDefault(p => trimmed.Equals(p + " kommun", StringComparison.OrdinalIgnoreCase)
                                        || trimmed.Equals(p + "s kommun", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The party named in a command's <paramref name="field"/>: VGR or one of the 49 municipalities.</summary>
    public static string Require(string? name, string field = "party")
    {
        var given = Rule.RequireText(name, field, "Part");
        return Find(given) ?? throw new RuleViolation(
            $"\"{given}\" är inte en huvudman: ange Västra Götalandsregionen eller en av de 49 kommunerna.", field);
    }
}

/// <summary>Whose decisions an agreement needs before it binds.</summary>
public enum AdoptionRequirement
{
    /// <summary>No stated requirement.</summary>
    None,

    /// <summary>All 50 huvudmän: VGR and the 49 municipalities.</summary>
    AllParties,

    /// <summary>"Alla länets 49 kommuner": every municipality, whatever VGR decides.</summary>
    AllMunicipalities,

    /// <summary>Västra Götalandsregionen alone decides.</summary>
    RegionOnly,

    /// <summary>A named set of huvudmän (<see cref="Styrdokument.NamedParties"/>).</summary>
    NamedParties,
}

public static class AdoptionRequirements
{
    public static string Label(this AdoptionRequirement requirement) => requirement switch
    {
        AdoptionRequirement.AllParties => "Alla 50 huvudmän (VGR och länets 49 kommuner)",
        AdoptionRequirement.AllMunicipalities => "Alla länets 49 kommuner",
        AdoptionRequirement.RegionOnly => "Endast Västra Götalandsregionen",
        AdoptionRequirement.NamedParties => "Namngivna huvudmän",
        _ => "Inget krav angivet",
    };

    /// <summary>The huvudmän whose decisions the requirement needs, in <see cref="Parties.All"/>'s order; none when no requirement is stated.</summary>
    public static IReadOnlyList<string> PartiesRequired(this AdoptionRequirement requirement, IReadOnlyCollection<string> named) => requirement switch
    {
        AdoptionRequirement.AllParties => Parties.All,
        AdoptionRequirement.AllMunicipalities => Parties.Municipalities,
        AdoptionRequirement.RegionOnly => [Parties.Region],
        AdoptionRequirement.NamedParties => Parties.All.Where(named.Contains).ToList(),
        _ => [],
    };
}
