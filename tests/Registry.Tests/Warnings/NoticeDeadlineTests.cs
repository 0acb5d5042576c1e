using NodaTime.Text;

namespace Registry.Tests.Warnings;

public sealed class NoticeDeadlineTests
{
    [Theory]
    [InlineData("2018-12-31", 8, "2018-04-30")]
    [InlineData("2022-12-31", 8, "2022-04-30")]
    [InlineData("2020-11-30", 8, "2020-03-31")]
    [InlineData("2021-02-28", 8, "2020-06-30")]
    [InlineData("2024-02-29", 12, "2023-02-28")]
    // Notice on 2021-02-28 runs from 03-01 for a month, to 03-31: one day too late (ADR 0012).
    [InlineData("2021-03-30", 1, "2021-02-27")]
    [InlineData("2020-06-15", 12, "2019-06-15")]
    public void Notice_deadline_is_the_last_day_whose_notice_ends_by_the_end_date(string end, int months, string expected)
    {
        var endDate = LocalDatePattern.Iso.Parse(end).Value;

        var deadline = NoticePeriod.LastDayToGiveNotice(endDate, months);

        Assert.Equal(expected, LocalDatePattern.Iso.Format(deadline));
        // The exact inverse of giving notice (ADR 0012): notice on the deadline ends in time, a day later does not.
        Assert.True(NoticePeriod.EndsOn(deadline, months) <= endDate);
        Assert.True(NoticePeriod.EndsOn(deadline.PlusDays(1), months) > endDate);
    }
}
