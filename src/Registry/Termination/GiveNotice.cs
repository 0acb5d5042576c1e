using Registry.Adoption;
using Registry.Validity;

namespace Registry.Termination;

/// <summary>Uppsägning: a party gives notice; the agreement ends when the notice period has run out.</summary>
public sealed record GiveNotice(string Party, LocalDate GivenOn, DecisionReference? Decision = null, Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("give-notice", typeof(GiveNotice), "Registrera uppsägning", "Uppsägningen är registrerad.")
    {
        Refusal = d =>
            Rule.RefuseIf(d.Status != DocumentStatus.InForce, $"Endast ett gällande avtal kan sägas upp (status: {d.Status.Label()}).")
            ?? Rule.RefuseIf(d.NoticePeriodMonths is null, "Dokumentet har ingen uppsägningstid och kan inte sägas upp."),
        Inputs = new Dictionary<string, StepInput> { ["givenOn"] = new("Uppsägningsdatum") },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("givenOn", GivenOn));
        var party = Parties.Require(Party);
        Rule.Require(GivenOn >= document.ValidFrom, "Uppsägningen kan inte ligga före avtalets startdatum.", "givenOn");
        var endsOn = NoticePeriod.EndsOn(GivenOn, document.NoticePeriodMonths!.Value);
        if (document.ValidTo is { } end && end < endsOn) endsOn = end;
        // A renewing agreement ends with the first period whose notice deadline the notice meets (ADR 0034).
        if (document.CurrentRenewal() is { } renewal) endsOn = document.NextNoticePeriod(renewal, GivenOn).To;
        if (document.NoticeScope == NoticeScope.PartyOnly)
        {
            Rule.Require(document.RequiredParties.Contains(party) || document.Adoptions.Any(a => a.Party == party),
                $"{party} är inte part i avtalet.", "party");
            Rule.Require(document.PartyNotices.All(n => n.Party != party), $"{party} har redan sagt upp sin del av avtalet.", "party");
            yield return new PartyNoticeGiven(document.Id, party, GivenOn, endsOn, Rule.OptionalDecision(Decision),
                context.Recorded, given.Source, given.Note, given.Precision);
            yield break;
        }
        yield return new NoticeGiven(document.Id, party, GivenOn, endsOn, Rule.OptionalDecision(Decision), context.Recorded, given.Source, given.Note, given.Precision);
    }
}

public sealed record NoticeGiven(Guid DocumentId, string Party, LocalDate GivenOn, LocalDate EndsOn,
    DecisionReference? Decision, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.Notice = new Notice(Party, GivenOn, EndsOn);
        // Only a renewing agreement runs past its recorded end date: it was in force through the renewed periods.
        if (document.ValidTo is { } to && EndsOn > to) document.RenewUntil(EndsOn);
        document.EndValidityBefore(EndsOn.PlusDays(1));
        document.Status = DocumentStatus.NoticeGiven;
        document.Touch(Recorded, Decision);
    }

    public EventDescription Describe() => new EventDescription("Uppsagt", EventDescription.Join(
        $"{Party} sade upp avtalet {EventDescription.Date(GivenOn)}; upphör {EventDescription.Date(EndsOn)}", Decision?.ToString()), GivenOn)
    {
        Decision = Decision is null ? null : new DecisionFact("Notice", Decision, $"uppsägning, upphör {EventDescription.Date(EndsOn)}", Party),
    }
        .From(Source, Note, Precision, "givenOn");
}

/// <summary>
/// A party gives notice on an agreement where notice ends only that party's part (<see cref="NoticeScope.PartyOnly"/>):
/// the agreement stays in force for the others; the party leaves after <paramref name="EndsOn"/>.
/// </summary>
public sealed record PartyNoticeGiven(Guid DocumentId, string Party, LocalDate GivenOn, LocalDate EndsOn,
    DecisionReference? Decision, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.PartyNotices.Add(new PartyNotice(Party, GivenOn, EndsOn, Decision));
        document.Touch(Recorded, Decision);
    }

    public EventDescription Describe() => new EventDescription("Uppsagt för en part", EventDescription.Join(
        $"{Party} sade upp sin del av avtalet {EventDescription.Date(GivenOn)}; gäller för {Party} till och med {EventDescription.Date(EndsOn)}",
        Decision?.ToString()), GivenOn)
    {
        Decision = Decision is null ? null : new DecisionFact("Notice", Decision, $"uppsägning av sin del, gäller till {EventDescription.Date(EndsOn)}", Party),
    }
        .From(Source, Note, Precision, "givenOn");
}

/// <summary>One party's notice of its own part: it is bound to and with <see cref="EndsOn"/>.</summary>
public sealed record PartyNotice(string Party, LocalDate GivenOn, LocalDate EndsOn, DecisionReference? Decision);
