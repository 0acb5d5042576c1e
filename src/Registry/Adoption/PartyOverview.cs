using NodaTime;
using NodaTime.Text;
using Registry.Documents;
using Registry.Validity;

namespace Registry.Adoption;

/// <summary>One document as it stands for one huvudman on one day.</summary>
public sealed record PartyDocument(Guid DocumentId, string Title, string Kind, DocumentStatus Status, string Standing,
    PartyAdoptionStatus? Party);

/// <summary>
/// "Vad gäller för Borås den 2026-06-01": the documents that bind the party that day (its own decision recorded and the
/// document in force), those waiting for or not yet binding after its decision, those it has left or that ended, and the
/// common documents that state no requirement of decisions by the huvudmän and are in force that day.
/// </summary>
public sealed record PartyOverview(string Party, LocalDate Date, IReadOnlyList<PartyDocument> InForce,
    IReadOnlyList<PartyDocument> Pending, IReadOnlyList<PartyDocument> Ended, IReadOnlyList<PartyDocument> Common)
{
    public static PartyOverview For(string party, LocalDate date, IEnumerable<Styrdokument> documents)
    {
        List<PartyDocument> inForce = [], pending = [], ended = [], common = [];
        foreach (var d in documents.OrderBy(d => d.Title, StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), false)))
        {
            if (PartyAdoptionStatuses.Of(d, date).FirstOrDefault(p => p.Party == party) is { } status)
            {
                var entry = new PartyDocument(d.Id, d.Title, d.Kind, d.EffectiveStatus(date), status.StandingOn(date), status);
                if (status.InForceOn(date)) inForce.Add(entry);
                else if (status.Binding && status.InForceTo is { } end && end < date) ended.Add(entry);
                else if (!d.Status.IsTerminal()) pending.Add(entry);
            }
            else if (d.RequiredParties.Count == 0 && d.Status != DocumentStatus.Withdrawn
                     && d.ValidityPeriods.Any(p => (p.From is null || p.From <= date) && (p.To is null || date <= p.To)))
            {
                common.Add(new PartyDocument(d.Id, d.Title, d.Kind, d.EffectiveStatus(date), "Gäller; inget krav på beslut hos huvudmännen angivet", null));
            }
        }
        return new PartyOverview(party, date, inForce, pending, ended, common);
    }

    /// <summary>A yyyy-MM-dd date from a request, <paramref name="today"/> when none is given, or a refusal naming <paramref name="field"/>.</summary>
    public static LocalDate RequireDate(string? text, LocalDate today, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return today;
        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        return parsed.Success ? parsed.Value : throw new RuleViolation($"\"{text}\" är inget datum: skriv det som ÅÅÅÅ-MM-DD, t.ex. 2026-06-01.", field);
    }
}
