namespace Registry.Termination;

/// <summary>
/// Notice periods run in whole calendar months from the day after notice is given (see ADR 0012):
/// notice given on 30 April with eight months ends the agreement on 31 December, as SRO 2018-02-22 punkt 2 reads.
/// </summary>
public static class NoticePeriod
{
    /// <summary>The last day the agreement is in force after notice given on <paramref name="givenOn"/>.</summary>
    public static LocalDate EndsOn(LocalDate givenOn, int months) => givenOn.PlusDays(1).PlusMonths(months).PlusDays(-1);

    /// <summary>The last day notice can be given for the agreement to end no later than <paramref name="endDate"/>.</summary>
    public static LocalDate LastDayToGiveNotice(LocalDate endDate, int months) =>
        endDate.PlusDays(1).PlusMonths(-months).PlusDays(-1);

    /// <summary>A notice period is whole months, 1–120, and only agreements have one.</summary>
    public static void RequireValid(int? months, Styrdokument document)
    {
        Rule.Require(months is null or (>= 1 and <= 120), "Uppsägningstiden ska anges i hela månader, 1–120.", "noticePeriodMonths");
        Rule.Require(months is null || DocumentKinds.Agreements.Contains(document.Kind),
            "Uppsägningstid kan bara anges för avtal och överenskommelser.", "noticePeriodMonths");
    }
}
