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
        ValidTo = e.EndsOn;
        if (ValidityPeriods.Count > 0) ValidityPeriods[^1] = ValidityPeriods[^1] with { To = e.EndsOn };
        Status = DocumentStatus.NoticeGiven;
        Touch(e.Recorded, e.Decision);
    }

    public void Apply(DocumentSuperseded e)
    {
        SupersededBy = e.SupersededById;
        Status = DocumentStatus.Superseded;
        Touch(e.Recorded, e.Decision);
    }
}
