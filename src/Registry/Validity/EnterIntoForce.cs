using NodaTime;
using Registry.Documents;

namespace Registry.Validity;

/// <summary>
/// The document (or its pending revision, which then replaces the current text) enters into force
/// for a validity period and, for agreements, with a notice period.
/// </summary>
public sealed record EnterIntoForce(LocalDate ValidFrom, LocalDate? ValidTo = null, int? NoticePeriodMonths = null,
    DecisionReference? Decision = null) : IDocumentCommand
{
    public IEnumerable<object> Decide(Styrdokument document, CommandContext context)
    {
        var isRevision = document.Status.IsInForce() && document.PendingRevision is not null;
        Rule.Require(document.Status.IsBeforeEntryIntoForce() || isRevision,
            document.Status.IsInForce()
                ? "Dokumentet är redan gällande. Registrera en förlängning, eller en revidering som sedan träder i kraft."
                : $"Ett dokument med status \"{document.Status.Label()}\" kan inte träda i kraft.",
            "status");
        Rule.Require(document.OpenConsultation is null, "Remissen måste stängas innan dokumentet träder i kraft.", "status");
        Rule.Require(ValidTo is null || ValidTo > ValidFrom, "Slutdatum måste ligga efter startdatum.", "validTo");
        Rule.Require(NoticePeriodMonths is null or (>= 1 and <= 120),
            "Uppsägningstiden ska anges i hela månader, 1–120.", "noticePeriodMonths");
        Rule.Require(NoticePeriodMonths is null || DocumentKinds.Agreements.Contains(document.Kind),
            "Uppsägningstid kan bara anges för avtal och överenskommelser.", "noticePeriodMonths");
        if (isRevision)
        {
            Rule.Require(ValidFrom > document.ValidFrom,
                $"Den reviderade versionen måste träda i kraft efter nuvarande startdatum {document.ValidFrom:yyyy-MM-dd}.",
                "validFrom");
        }
        yield return new DocumentEnteredIntoForce(document.Id, document.AdoptionTargetVersion, ValidFrom, ValidTo,
            NoticePeriodMonths ?? document.NoticePeriodMonths, Rule.OptionalDecision(Decision), isRevision,
            context.Recorded);
    }
}

public sealed record DocumentEnteredIntoForce(Guid DocumentId, int TextVersion, LocalDate ValidFrom, LocalDate? ValidTo,
    int? NoticePeriodMonths, DecisionReference? Decision, bool ReplacesPreviousVersion, Recorded Recorded) : IDocumentEvent;
