using NodaTime;

namespace Registry.Termination;

public static class NoticeDeadlines
{
    /// <summary>
    /// The last day on which notice still ends the agreement by its end date. Notice given on the 31st with an
    /// eight-month period ends on 30 November (a month period runs to the last day of a shorter month), so for an
    /// end date on a month's last day the deadline is the last day of the month, not the same day number.
    /// </summary>
    public static LocalDate LastDayToGiveNotice(LocalDate end, int noticePeriodMonths)
    {
        var sameDay = end.PlusMonths(-noticePeriodMonths);
        return end == end.With(DateAdjusters.EndOfMonth) ? sameDay.With(DateAdjusters.EndOfMonth) : sameDay;
    }
}
