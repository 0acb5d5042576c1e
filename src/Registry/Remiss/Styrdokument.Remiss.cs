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
        if (Status == DocumentStatus.InConsultation) Status = DocumentStatus.Draft;
        Touch(e.Recorded);
    }

    private void ReplaceConsultation(int number, Func<Consultation, Consultation> change)
    {
        var index = Consultations.FindIndex(c => c.Number == number);
        Consultations[index] = change(Consultations[index]);
    }
}
