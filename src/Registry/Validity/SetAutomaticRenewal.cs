using Registry.Termination;

namespace Registry.Validity;

/// <summary>
/// Automatisk förlängning: an agreement in force renews itself for a period at a time unless a party gives notice
/// ("förlängs med två år i sänder om det inte sägs upp", ADR 0034). Recorded once; the current period and the next
/// notice deadline are computed from today (<see cref="RenewalPeriods"/>). Notice given (<c>give-notice</c>) ends it
/// at the end of the period the notice reaches.
/// </summary>
public sealed record SetAutomaticRenewal(int? PeriodYears = null, int? PeriodMonths = null, int? NoticePeriodMonths = null,
    LocalDate? FirstPeriodEndsOn = null, DecisionReference? Decision = null, Source? Source = null, string? Note = null,
    IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("set-automatic-renewal", typeof(SetAutomaticRenewal), "Registrera automatisk förlängning",
        "Den automatiska förlängningen är registrerad.")
    {
        Help = "För ett avtal som förlängs av sig självt om det inte sägs upp, t.ex. \"förlängs med två år i sänder om det inte sägs upp\": " +
               "periodens längd, uppsägningstiden och när den första perioden slutar (lämna tomt för dokumentets slutdatum). " +
               "Registret visar nuvarande period och varnar före sista dag för uppsägning i varje period.",
        Refusal = d =>
            Rule.RefuseIf(d.Status != DocumentStatus.InForce, $"Endast ett gällande avtal kan förlängas automatiskt (status: {d.Status.Label()}).")
            ?? Rule.RefuseIf(!DocumentKinds.Agreements.Contains(d.Kind),
                "Automatisk förlängning kan bara anges för avtal och överenskommelser.", "kind"),
        Inputs = new Dictionary<string, StepInput>
        {
            ["periodYears"] = new("Förlängs med (år)", "Periodens längd i hela år, t.ex. 2 för \"två år i sänder\". Ange år eller månader."),
            ["periodMonths"] = new("Förlängs med (månader)", "Periodens längd i hela månader, om källan anger den så."),
            ["noticePeriodMonths"] = new("Uppsägningstid (månader)", "Lämna tomt för avtalets nuvarande uppsägningstid."),
            ["firstPeriodEndsOn"] = new("Första perioden slutar", "Lämna tomt för dokumentets slutdatum."),
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("firstPeriodEndsOn", FirstPeriodEndsOn));
        Rule.Require(PeriodYears is null || PeriodMonths is null, "Ange periodens längd i år eller i månader, inte båda.", "periodMonths");
        Rule.Require(PeriodYears is not null || PeriodMonths is not null, "Periodens längd måste anges (år eller månader).", "periodYears");
        Rule.Require(PeriodYears is null or (>= 1 and <= 10), "Perioden ska anges i hela år, 1–10.", "periodYears");
        Rule.Require(PeriodMonths is null or (>= 1 and <= 120), "Perioden ska anges i hela månader, 1–120.", "periodMonths");
        var periodMonths = PeriodMonths ?? PeriodYears!.Value * 12;

        var noticeMonths = NoticePeriodMonths ?? document.NoticePeriodMonths;
        Rule.Require(noticeMonths is not null, "Uppsägningstiden måste anges: avtalet har ingen.", "noticePeriodMonths");
        NoticePeriod.RequireValid(noticeMonths, document);
        Rule.Require(noticeMonths < periodMonths,
            $"Uppsägningstiden ({noticeMonths} månader) måste vara kortare än perioden ({RenewalPeriods.Length(periodMonths)}).", "noticePeriodMonths");

        Rule.Require(FirstPeriodEndsOn is not null || document.ValidTo is not null,
            "Ange när den första perioden slutar: dokumentet har inget slutdatum.", "firstPeriodEndsOn");
        var firstEnd = FirstPeriodEndsOn ?? document.ValidTo!.Value;
        Rule.Require(document.ValidFrom is not { } from || firstEnd > from,
            $"Den första perioden måste sluta efter startdatumet {document.ValidFrom:yyyy-MM-dd}.", "firstPeriodEndsOn");
        Rule.Require(document.ValidTo is not { } to || firstEnd <= to,
            $"Den första perioden kan inte sluta efter dokumentets slutdatum {document.ValidTo:yyyy-MM-dd}.", "firstPeriodEndsOn");
        Rule.Require(document.CurrentRenewal() is not { } current
                     || (current.PeriodMonths, current.FirstPeriodEndsOn, document.NoticePeriodMonths) != (periodMonths, firstEnd, noticeMonths),
            "Samma automatiska förlängning är redan registrerad.", "periodYears");

        yield return new AutomaticRenewalSet(document.Id, document.TextVersion, periodMonths, noticeMonths!.Value, firstEnd,
            Rule.OptionalDecision(Decision), context.Recorded, given.Source, given.Note, given.Precision);
    }
}

public sealed record AutomaticRenewalSet(Guid DocumentId, int TextVersion, int PeriodMonths, int NoticePeriodMonths, LocalDate FirstPeriodEndsOn,
    DecisionReference? Decision, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.AutomaticRenewal = new AutomaticRenewal(TextVersion, PeriodMonths, FirstPeriodEndsOn)
        {
            FirstPeriodEndsOnPrecision = Precision.Of("firstPeriodEndsOn"),
        };
        document.NoticePeriodMonths = NoticePeriodMonths;
        document.Touch(Recorded, Decision);
    }

    public EventDescription Describe() => new EventDescription("Automatisk förlängning", EventDescription.Join(
            $"Förlängs automatiskt med {RenewalPeriods.Length(PeriodMonths)} i sänder efter {EventDescription.Date(FirstPeriodEndsOn, Precision.Of("firstPeriodEndsOn"))}",
            $"uppsägningstid {NoticePeriodMonths} månader",
            Decision?.ToString()),
        Decision?.MeetingDate)
    {
        Decision = Decision is null ? null : new DecisionFact("AutomaticRenewal", Decision,
            $"förlängs automatiskt med {RenewalPeriods.Length(PeriodMonths)} i sänder", TextVersion: TextVersion),
    }
        .From(Source, Note, Precision, null);
}

/// <summary>
/// The agreement renews itself by <see cref="PeriodMonths"/> at a time after <see cref="FirstPeriodEndsOn"/>; it belongs to the
/// text version in force (a new version replaces it) and ends with notice.
/// </summary>
public sealed record AutomaticRenewal(int TextVersion, int PeriodMonths, LocalDate FirstPeriodEndsOn)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DatePrecision FirstPeriodEndsOnPrecision { get; init; }
}
