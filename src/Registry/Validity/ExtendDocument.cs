namespace Registry.Validity;

/// <summary>
/// Förlängning: move the end date of a document in force, on a decision. A decision taken after the end date (VVG
/// meeting in January on a guideline that lapsed at new year) must say how it applies (ADR 0027): retroactively, from
/// the day after the old end, or from <paramref name="ResumesOn"/>, leaving the days between uncovered.
/// </summary>
public sealed record ExtendDocument(LocalDate NewValidTo, DecisionReference? Decision = null, bool WithEditorialChanges = false,
    string? Note = null, Source? Source = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null,
    bool Retroactive = false, LocalDate? ResumesOn = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("extend", typeof(ExtendDocument), "Registrera förlängning", "Förlängningen är registrerad.")
    {
        Help = "Flyttar slutdatumet för ett gällande eller utgånget dokument enligt ett beslut. Ett beslut som fattades efter " +
               "slutdatumet gäller antingen retroaktivt (från dagen efter det gamla slutdatumet) eller från ett senare datum; " +
               "dagarna däremellan registreras då som ett glapp då dokumentet inte gällde.",
        Refusal = d => Rule.RefuseIf(d.Status != DocumentStatus.InForce, d.Status switch
        {
            DocumentStatus.Expired => "Dokumentet har upphört och kan inte förlängas.",
            DocumentStatus.Withdrawn => "Dokumentet är återkallat och kan inte förlängas.",
            DocumentStatus.Superseded => "Dokumentet är ersatt av ett annat och kan inte förlängas.",
            DocumentStatus.NoticeGiven => "Dokumentet är uppsagt och kan inte förlängas.",
            _ => "Endast ett gällande dokument kan förlängas.",
        })
            ?? Rule.RefuseIf(d.ValidTo is null, "Dokumentet gäller tills vidare och har inget slutdatum att förlänga.", "newValidTo"),
        RequiredInputs = ["decision"],
        Inputs = new Dictionary<string, StepInput>
        {
            ["newValidTo"] = new("Nytt slutdatum"),
            ["withEditorialChanges"] = new("Med redaktionella ändringar"),
            ["retroactive"] = new("Gäller retroaktivt", "Endast för ett beslut efter slutdatumet: förlängningen gäller från dagen efter det gamla slutdatumet."),
            ["resumesOn"] = new("Gäller igen från", "Endast för ett beslut efter slutdatumet som inte gäller retroaktivt: dagarna före detta datum registreras som ett glapp."),
        },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("newValidTo", NewValidTo), ("resumesOn", ResumesOn));
        var decision = Rule.RequireDecision(Decision);
        var currentEnd = document.ValidTo!.Value;
        Rule.Require(NewValidTo > currentEnd,
            $"Det nya slutdatumet måste ligga efter nuvarande slutdatum {currentEnd:yyyy-MM-dd}.", "newValidTo");
        var late = decision.MeetingDate > currentEnd;
        RequireLateExtensionStated(decision, currentEnd, late);
        // A timely extension runs on from the day after the old end anyway: it is not recorded as retroactive.
        yield return new DocumentExtended(document.Id, document.TextVersion, currentEnd, NewValidTo, decision,
            WithEditorialChanges, Note?.Trim(), context.Recorded, given.Source, Precision: given.Precision,
            Retroactive: Retroactive && late, ResumesOn: ResumesOn);
    }

    /// <summary>A decision after the end date says how it applies; one before it continues the document without a break.</summary>
    private void RequireLateExtensionStated(DecisionReference decision, LocalDate currentEnd, bool late)
    {
        if (!late)
        {
            Rule.Require(ResumesOn is null,
                $"Beslutet ({decision.MeetingDate:yyyy-MM-dd}) fattades senast slutdatumet {currentEnd:yyyy-MM-dd}; förlängningen fortsätter " +
                "utan avbrott och har inget glapp.", "resumesOn");
            return;
        }
        Rule.Require(Retroactive ^ ResumesOn is not null,
            $"Beslutet ({decision.MeetingDate:yyyy-MM-dd}) fattades efter slutdatumet {currentEnd:yyyy-MM-dd}. Ange om förlängningen gäller " +
            "retroaktivt eller från vilket datum den gäller igen (dagarna däremellan registreras som ett glapp), inte båda.", "retroactive");
        if (ResumesOn is not { } resumes) return;
        Rule.Require(resumes > currentEnd.PlusDays(1) && resumes <= NewValidTo,
            $"Gäller igen från måste ligga efter {currentEnd.PlusDays(1):yyyy-MM-dd} (annars gäller förlängningen retroaktivt) " +
            $"och senast det nya slutdatumet {NewValidTo:yyyy-MM-dd}.", "resumesOn");
    }
}

/// <param name="Retroactive">Decided after the old end date, applying from the day after it (ADR 0027).</param>
/// <param name="ResumesOn">Decided after the old end date, applying from this day: the days before it were not covered.</param>
public sealed record DocumentExtended(Guid DocumentId, int TextVersion, LocalDate PreviousValidTo, LocalDate NewValidTo,
    DecisionReference Decision, bool WithEditorialChanges, string? Note, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Retroactive = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LocalDate? ResumesOn = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        var gapped = ResumesOn is not null;
        document.ValidityPeriods.Add(new ValidityPeriod(TextVersion, ResumesOn ?? PreviousValidTo.PlusDays(1), NewValidTo,
            ValidityBasis.Extension, Decision, WithEditorialChanges)
        {
            FromPrecision = gapped ? Precision.Of("resumesOn") : document.ValidToPrecision,
            ToPrecision = Precision.Of("newValidTo"),
            Retroactive = Retroactive,
            UncoveredFrom = gapped ? PreviousValidTo.PlusDays(1) : null,
            UncoveredTo = ResumesOn?.PlusDays(-1),
        });
        document.ValidTo = NewValidTo;
        document.ValidToPrecision = Precision.Of("newValidTo");
        document.ExtensionCount++;
        document.Touch(Recorded, Decision);
    }

    public EventDescription Describe() => new EventDescription("Förlängt", EventDescription.Join(
            $"Slutdatum {EventDescription.Date(PreviousValidTo)} → {EventDescription.Date(NewValidTo)}, {Decision}",
            WithEditorialChanges ? "med redaktionella ändringar" : null,
            Retroactive ? $"retroaktivt från {EventDescription.Date(PreviousValidTo.PlusDays(1))}" : null,
            ResumesOn is { } resumes
                ? $"gäller igen från {EventDescription.Date(resumes, Precision.Of("resumesOn"))}; glapp {EventDescription.Date(PreviousValidTo.PlusDays(1))} – {EventDescription.Date(resumes.PlusDays(-1))}"
                : null,
            Note),
        Decision.MeetingDate)
    {
        Decision = new DecisionFact("Extension", Decision, $"förlängs till {EventDescription.Date(NewValidTo)}", TextVersion: TextVersion),
    }
        .From(Source, Note, Precision, null) with
    { BusinessDatePrecision = Decision.MeetingDatePrecision ?? DatePrecision.Day };
}
