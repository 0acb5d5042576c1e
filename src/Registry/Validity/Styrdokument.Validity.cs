using NodaTime;
using Registry.Validity;

namespace Registry.Documents;

public sealed partial class Styrdokument
{
    public void Apply(DocumentEnteredIntoForce e)
    {
        if (e.ReplacesPreviousVersion) EndValidityBefore(e.ValidFrom);
        TextVersion = e.TextVersion;
        ValidFrom = e.ValidFrom;
        ValidTo = e.ValidTo;
        OriginalValidTo = e.ValidTo;
        NoticePeriodMonths = e.NoticePeriodMonths;
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

    /// <summary>
    /// The document stops being in force on the day before <paramref name="date"/> (a revision takes over, notice
    /// runs out, a successor replaces it): periods that would only have begun then never took effect.
    /// </summary>
    private void EndValidityBefore(LocalDate date)
    {
        var lastDay = date.PlusDays(-1);
        ValidityPeriods = ValidityPeriods.Where(p => p.From < date)
            .Select(p => p.To is null || p.To > lastDay ? p with { To = lastDay } : p)
            .ToList();
        if (ValidTo is null || ValidTo > lastDay) ValidTo = lastDay;
    }

    public void Apply(DocumentExpired e)
    {
        Status = DocumentStatus.Expired;
        Touch(e.Recorded);
    }
}
