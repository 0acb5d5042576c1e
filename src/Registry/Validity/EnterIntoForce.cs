using Registry.Termination;

namespace Registry.Validity;

/// <summary>
/// The document (or its pending revision, which then replaces the current text) enters into force
/// for a validity period and, for agreements, with a notice period.
/// </summary>
public sealed record EnterIntoForce(LocalDate? ValidFrom, LocalDate? ValidTo = null, int? NoticePeriodMonths = null,
    DecisionReference? Decision = null, Source? Source = null, string? Note = null, IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("enter-into-force", typeof(EnterIntoForce), "Registrera ikraftträdande", "Ikraftträdandet är registrerat.")
    {
        Help = "Dokumentet (eller en pågående revidering) börjar gälla.",
        Refusal = d =>
            Rule.RefuseIf(!(d.Status.IsBeforeEntryIntoForce() || IsRevision(d)), d.Status.IsInForce()
                ? "Dokumentet är redan gällande. Registrera en förlängning, eller en revidering som sedan träder i kraft."
                : $"Ett dokument med status \"{d.Status.Label()}\" kan inte träda i kraft.")
            ?? Rule.RefuseIf(d.OpenConsultation is not null, "Remissen måste stängas innan dokumentet träder i kraft."),
        Inputs = new Dictionary<string, StepInput>
        {
            ["validFrom"] = new("Gäller från", "Lämna tomt och välj precisionen Okänt om källan inte anger startdatumet."),
            ["validTo"] = new("Gäller till", "Lämna tomt om dokumentet gäller tills vidare."),
        },
    };

    private static bool IsRevision(Styrdokument document) => document.Status.IsInForce() && document.PendingRevision is not null;

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        var given = StepProvenance.Check(Source, Note, Precision, ("validFrom", ValidFrom), ("validTo", ValidTo));
        var isRevision = IsRevision(document);
        Rule.Require(ValidFrom is not null || given.Precision.Of("validFrom") == DatePrecision.Unknown,
            "Gäller från måste anges, eller precisionen Okänt om källan inte anger startdatumet.", "validFrom");
        Rule.Require(ValidTo is null || ValidFrom is null || ValidTo > ValidFrom, "Slutdatum måste ligga efter startdatum.", "validTo");
        NoticePeriod.RequireValid(NoticePeriodMonths, document);
        if (isRevision)
        {
            Rule.Require(ValidFrom is not null && (document.ValidFrom is null || ValidFrom > document.ValidFrom),
                $"Den reviderade versionen måste träda i kraft efter nuvarande startdatum {document.ValidFrom:yyyy-MM-dd}.",
                "validFrom");
        }
        yield return new DocumentEnteredIntoForce(document.Id, document.AdoptionTargetVersion, ValidFrom, ValidTo,
            NoticePeriodMonths ?? document.NoticePeriodMonths, Rule.OptionalDecision(Decision), isRevision,
            context.Recorded, given.Source, given.Note, given.Precision);
    }
}

public sealed record DocumentEnteredIntoForce(Guid DocumentId, int TextVersion, LocalDate? ValidFrom, LocalDate? ValidTo,
    int? NoticePeriodMonths, DecisionReference? Decision, bool ReplacesPreviousVersion, Recorded Recorded, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Source? Source = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, DatePrecision>? Precision = null) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        if (ReplacesPreviousVersion && ValidFrom is { } from) document.EndValidityBefore(from);
        document.TextVersion = TextVersion;
        document.ValidFrom = ValidFrom;
        document.ValidTo = ValidTo;
        document.ValidFromPrecision = Precision.Of("validFrom");
        document.ValidToPrecision = Precision.Of("validTo");
        document.OriginalValidTo = ValidTo;
        document.NoticePeriodMonths = NoticePeriodMonths;
        document.ValidityPeriods.Add(new ValidityPeriod(TextVersion, ValidFrom, ValidTo,
            ReplacesPreviousVersion ? ValidityBasis.Revision : ValidityBasis.Original, Decision, false)
        {
            FromPrecision = Precision.Of("validFrom"),
            ToPrecision = Precision.Of("validTo"),
        });
        document.PendingRevision = null;
        document.Status = DocumentStatus.InForce;
        document.Touch(Recorded, Decision);
    }

    public EventDescription Describe() => new EventDescription("Trätt i kraft",
        EventDescription.Join($"Version {TextVersion} gäller {EventDescription.Period(ValidFrom, Precision.Of("validFrom"), ValidTo, Precision.Of("validTo"))}", Decision?.ToString()),
        ValidFrom)
    {
        Decision = Decision is null ? null : new DecisionFact("EntryIntoForce", Decision,
            $"gäller från {EventDescription.Date(ValidFrom, Precision.Of("validFrom"))}", TextVersion: TextVersion),
    }
        .From(Source, Note, Precision, "validFrom");
}
