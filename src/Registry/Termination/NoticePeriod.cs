using NodaTime;

namespace Registry.Termination;

/// <summary>
/// Notice periods run in whole calendar months from the day after notice is given (see ADR 0012):
/// notice given on 30 April with eight months ends the agreement on 31 December, as SRO 2018-02-22 § 2 reads.
/// </summary>
public static class NoticePeriod
{
    /// <summary>The last day the agreement is in force after notice given on <paramref name="givenOn"/>.</summary>
    public static LocalDate EndsOn(LocalDate givenOn, int months) => givenOn.PlusDays(1).PlusMonths(months).PlusDays(-1);

    /// <summary>The last day notice can be given for the agreement to end no later than <paramref name="endDate"/>.</summary>
    public static LocalDate LastDayToGiveNotice(LocalDate endDate, int months) =>
        endDate.PlusDays(1).PlusMonths(-months).PlusDays(-1);
}
