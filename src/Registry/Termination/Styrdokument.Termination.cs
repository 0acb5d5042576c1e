using Registry.Termination;

namespace Registry.Documents;

public sealed partial class Styrdokument
{
    public void Apply(NoticePeriodChanged e)
    {
        NoticePeriodMonths = e.NoticePeriodMonths;
        Touch(e.Recorded, e.Decision);
    }

    public void Apply(NoticeGiven e)
    {
        Notice = new Notice(e.Party, e.GivenOn, e.EndsOn);
        EndValidityBefore(e.EndsOn.PlusDays(1));
        Status = DocumentStatus.NoticeGiven;
        Touch(e.Recorded, e.Decision);
    }

    public void Apply(DocumentSuperseded e)
    {
        if (ValidFrom is not null) EndValidityBefore(e.SupersededOn);
        SupersededBy = e.SupersededById;
        Status = DocumentStatus.Superseded;
        Touch(e.Recorded, e.Decision);
    }
}
