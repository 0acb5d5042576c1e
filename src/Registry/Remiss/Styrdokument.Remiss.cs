using Registry.Endorsement;
using Registry.Remiss;

namespace Registry.Documents;

public sealed partial class Styrdokument
{
    public void Apply(RemissSent e)
    {
        Consultations.Add(new Consultation(e.Number, e.TextVersion, e.Subject, e.SentOn, e.ResponseDeadline,
            [.. e.Recipients], [], null));
        if (Status.IsBeforeEntryIntoForce()) Status = DocumentStatus.InConsultation;
        Touch(e.Recorded);
    }

    public void Apply(RemissDeadlineChanged e)
    {
        ReplaceConsultation(e.Number, c => c with { ResponseDeadline = e.NewDeadline });
        Touch(e.Recorded);
    }

    public void Apply(RemissResponseRecorded e)
    {
        ReplaceConsultation(e.Number,
            c => c with { Responses = [.. c.Responses, new ConsultationResponse(e.Recipient, e.Stance, e.RespondedOn)] });
        Touch(e.Recorded);
    }

    public void Apply(RemissClosed e)
    {
        ReplaceConsultation(e.Number, c => c with { ClosedOn = e.ClosedOn });
        if (Status == DocumentStatus.InConsultation) Status = StatusBeforeEntryIntoForce();
        Touch(e.Recorded);
    }

    /// <summary>After a remiss, the document is back where its decisions so far put it.</summary>
    private DocumentStatus StatusBeforeEntryIntoForce()
    {
        var version = AdoptionTargetVersion;
        if (Adoptions.Any(a => a.TextVersion == version)) return DocumentStatus.Adopted;
        return Endorsements.Any(e => e.TextVersion == version && e.Outcome.IsPositive())
            ? DocumentStatus.Endorsed
            : DocumentStatus.Draft;
    }

    private void ReplaceConsultation(int number, Func<Consultation, Consultation> change)
    {
        var index = Consultations.FindIndex(c => c.Number == number);
        Consultations[index] = change(Consultations[index]);
    }
}
