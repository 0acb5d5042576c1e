using Registry.Endorsement;

namespace Registry.Documents;

public sealed partial class Styrdokument
{
    public void Apply(DocumentEndorsed e)
    {
        Endorsements.Add(new EndorsementRecord(e.Decision, e.Outcome, e.Presenter, e.Note, e.TextVersion));
        if (e.Outcome.IsPositive() && Status is DocumentStatus.Draft or DocumentStatus.InConsultation) Status = DocumentStatus.Endorsed;
        Touch(e.Recorded, e.Decision);
    }
}
