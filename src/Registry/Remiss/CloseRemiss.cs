using NodaTime;
using Registry.Documents;

namespace Registry.Remiss;

public sealed record CloseRemiss(LocalDate ClosedOn) : IDocumentCommand
{
    public static readonly LifecycleStep Step = new("close-remiss", typeof(CloseRemiss), "Stäng remissen", "Remissen är stängd.")
    {
        Refusal = ConsultationRules.RefuseWithoutOpenRemiss,
        Inputs = new Dictionary<string, StepInput> { ["closedOn"] = new("Stängd den") },
    };

    public IEnumerable<IDocumentEvent> Decide(Styrdokument document, CommandContext context)
    {
        Step.RequireApplicable(document);
        var open = document.OpenConsultation!;
        Rule.Require(ClosedOn >= open.SentOn,
            $"Remissen kan inte stängas före utskicksdatumet {open.SentOn:yyyy-MM-dd}.", "closedOn");
        yield return new RemissClosed(document.Id, open.Number, ClosedOn, context.Recorded);
    }
}

public sealed record RemissClosed(Guid DocumentId, int Number, LocalDate ClosedOn, Recorded Recorded) : IDocumentEvent
{
    public void Apply(Styrdokument document)
    {
        document.ReplaceConsultation(Number, c => c with { ClosedOn = ClosedOn });
        if (document.Status == DocumentStatus.InConsultation) document.Status = document.StatusBeforeEntryIntoForce();
        document.Touch(Recorded);
    }

    public EventDescription Describe() =>
        new("Remissen stängd", $"Remiss {Number} stängd {EventDescription.Date(ClosedOn)}", ClosedOn);
}
