using Registry.Validity;

namespace Registry.Documents;

public sealed partial class Styrdokument
{
    public void Apply(DocumentEnteredIntoForce e)
    {
        TextVersion = e.TextVersion;
        ValidFrom = e.ValidFrom;
        ValidTo = e.ValidTo;
        OriginalValidTo = e.ValidTo;
        NoticePeriodMonths = e.NoticePeriodMonths;
        if (e.ReplacesPreviousVersion && ValidityPeriods.Count > 0)
        {
            // The previous text stops being in force the day before the revision takes over.
            var last = ValidityPeriods[^1];
            if (last.To is null || last.To >= e.ValidFrom)
                ValidityPeriods[^1] = last with { To = e.ValidFrom.PlusDays(-1) };
        }
        ValidityPeriods.Add(new ValidityPeriod(e.TextVersion, e.ValidFrom, e.ValidTo,
            e.ReplacesPreviousVersion ? ValidityBasis.Revision : ValidityBasis.Original, e.Decision, false));
        PendingRevision = null;
        Status = DocumentStatus.InForce;
        Touch(e.Recorded, e.Decision);
    }

    public void Apply(DocumentExtended e)
    {
        ValidityPeriods.Add(new ValidityPeriod(e.TextVersion, e.PreviousValidTo.PlusDays(1), e.NewValidTo,
            ValidityBasis.Extension, e.Decision, e.WithEditorialChanges));
        ValidTo = e.NewValidTo;
        ExtensionCount++;
        Touch(e.Recorded, e.Decision);
    }

    public void Apply(DocumentExpired e)
    {
        Status = DocumentStatus.Expired;
        Touch(e.Recorded);
    }
}
