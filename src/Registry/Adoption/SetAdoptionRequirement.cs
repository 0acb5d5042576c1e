using System.Text.Json.Serialization;
using Registry.Documents;
using Registry.Provenance;

namespace Registry.Adoption;

/// <summary>
/// Whose decisions the document needs (all 50 huvudmän, the 49 kommuner, VGR only, or named ones) and whether one
/// party's notice ends the whole agreement or only that party's part: as the minutes or the agreement state them.
/// </summary>
public sealed record SetAdoptionRequirement(AdoptionRequirement Requirement, IReadOnlyList<string>? Parties = null,
    NoticeScope NoticeScope = NoticeScope.WholeAgreement, Source? Source = null, string? Note = null,
    IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("set-adoption-requirement", typeof(SetAdoptionRequirement),
        "Ange krav på beslut hos huvudmännen", "Kravet på beslut hos huvudmännen är registrerat.")
    {
        Help = "Vilka huvudmän som ska besluta, och om en parts uppsägning avslutar hela avtalet eller bara den partens del.",
        Refusal = Rule.RefuseTerminal,
        Inputs = new Dictionary<string, StepInput>
        {
            ["requirement"] = new("Krav på beslut"),
            ["parties"] = new("Namngivna huvudmän", "En per rad; endast när kravet är Namngivna huvudmän."),
            ["noticeScope"] = new("Uppsägning av en part"),
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision);
        Rule.Require(Enum.IsDefined(Requirement), "Okänt krav på beslut.", "requirement");
        Rule.Require(Enum.IsDefined(NoticeScope), "Okänt val för uppsägning.", "noticeScope");
        var named = (Parties ?? []).Select((p, i) => Documents.Parties.Require(p, $"parties[{i}]")).Distinct().ToList();
        Rule.Require(Requirement == AdoptionRequirement.NamedParties ? named.Count > 0 : named.Count == 0,
            Requirement == AdoptionRequirement.NamedParties
                ? "Ange minst en huvudman när kravet är namngivna huvudmän."
                : "Huvudmän namnges bara när kravet är namngivna huvudmän.", "parties");
        Rule.Require(Requirement != document.EffectiveAdoptionRequirement || !named.ToHashSet().SetEquals(document.NamedParties)
                     || NoticeScope != document.NoticeScope, "Kravet och valet för uppsägning är redan registrerade så.", "requirement");
        yield return new AdoptionRequirementSet(document.Id, Requirement, named, NoticeScope, context.Recorded,
            given.Source, given.Note, given.Precision);
    }
}

/// <summary>What one party's notice ends.</summary>
public enum NoticeScope
{
    /// <summary>The whole agreement, for every party (the only reading before this was recorded).</summary>
    WholeAgreement,

    /// <summary>Only the part of the party that gave notice; the agreement goes on for the others.</summary>
    PartyOnly,
}

public static class NoticeScopes
{
    public static string Label(this NoticeScope scope) => scope switch
    {
        NoticeScope.PartyOnly => "Avslutar bara den partens del",
        _ => "Avslutar hela avtalet",
    };
}

public sealed record AdoptionRequirementSet(Guid DocumentId, AdoptionRequirement Requirement, IReadOnlyList<string> Parties,
    NoticeScope NoticeScope, Recorded Recorded,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.AdoptionRequirement = Requirement;
        document.RequiresAllParties = Requirement == AdoptionRequirement.AllParties;
        document.NamedParties = [.. Parties];
        document.NoticeScope = NoticeScope;
        document.Touch(Recorded);
    }

    public EventDescription Describe() => new EventDescription("Krav på beslut",
        EventDescription.Join(Requirement.Label() + (Parties.Count > 0 ? ": " + string.Join(", ", Parties) : ""),
            "uppsägning av en part: " + NoticeScope.Label().ToLowerInvariant()))
        .From(Source, Note, Precision, null);
}
