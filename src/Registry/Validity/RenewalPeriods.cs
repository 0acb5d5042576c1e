using Registry.Termination;

namespace Registry.Validity;

/// <summary>One period of an automatically renewing agreement and the last day to give notice for it to end with it.</summary>
public sealed record RenewalPeriod(int Index, LocalDate? From, LocalDate To, LocalDate NoticeDeadline);

/// <summary>
/// The periods of an automatically renewing agreement (ADR 0034), computed from the first period's end and "today",
/// never stored: period k ends <c>(firstEnd + 1 day) + k·P months − 1 day</c>, counted from the first end (not from
/// the previous period) so month ends do not drift; its notice deadline is ADR 0012's inverse of its end. The same
/// arithmetic runs in PostgreSQL (<see cref="Sql"/>) for the OData feed, with <c>@registry_today</c>.
/// </summary>
public static class RenewalPeriods
{
    /// <summary>The renewal of the text in force, while the agreement is in force (notice or an end ends it).</summary>
    public static AutomaticRenewal? CurrentRenewal(this Styrdokument document) =>
        document.AutomaticRenewal is { } renewal && renewal.TextVersion == document.TextVersion && document.Status == DocumentStatus.InForce
            ? renewal
            : null;

    /// <summary>"2 år", "18 månader".</summary>
    public static string Length(int months) => months % 12 == 0 ? $"{months / 12} år" : $"{months} månader";

    public static LocalDate EndOf(AutomaticRenewal renewal, int index) =>
        renewal.FirstPeriodEndsOn.PlusDays(1).PlusMonths(index * renewal.PeriodMonths).PlusDays(-1);

    public static RenewalPeriod Period(AutomaticRenewal renewal, int index, int noticeMonths, LocalDate? validFrom) =>
        new(index, index == 0 ? validFrom : EndOf(renewal, index - 1).PlusDays(1), EndOf(renewal, index),
            NoticePeriod.LastDayToGiveNotice(EndOf(renewal, index), noticeMonths));

    /// <summary>The index of the period <paramref name="today"/> falls in (0 before and during the first period).</summary>
    public static int CurrentIndex(AutomaticRenewal renewal, LocalDate today)
    {
        var start = renewal.FirstPeriodEndsOn.PlusDays(1);
        var months = (today.Year - start.Year) * 12 + today.Month - start.Month;
        var index = Math.Max(0, months / renewal.PeriodMonths);
        return start.PlusMonths(index * renewal.PeriodMonths) > today ? index : index + 1;
    }

    /// <summary>The period in force on <paramref name="today"/>.</summary>
    public static RenewalPeriod Current(this Styrdokument document, AutomaticRenewal renewal, LocalDate today) =>
        Period(renewal, CurrentIndex(renewal, today), document.NoticePeriodMonths!.Value, document.ValidFrom);

    /// <summary>
    /// The first period whose notice deadline is on or after <paramref name="day"/>: notice given that day ends the
    /// agreement with it. The current period's, or the next one's once the current deadline has passed.
    /// </summary>
    public static RenewalPeriod NextNoticePeriod(this Styrdokument document, AutomaticRenewal renewal, LocalDate day) =>
        NextNoticePeriod(renewal, document.NoticePeriodMonths!.Value, document.ValidFrom, day);

    /// <summary>Needs a notice period shorter than the renewal period (the step requires it): then the next period's deadline is never passed.</summary>
    public static RenewalPeriod NextNoticePeriod(AutomaticRenewal renewal, int noticeMonths, LocalDate? validFrom, LocalDate day)
    {
        var current = Period(renewal, CurrentIndex(renewal, day), noticeMonths, validFrom);
        return current.NoticeDeadline >= day ? current : Period(renewal, current.Index + 1, noticeMonths, validFrom);
    }

    /// <summary>
    /// The periods whose notice deadlines get warning rows: from the one after the document's last recorded change, for
    /// ten years (at least two periods, at most 120). Deterministic from the state, so a rebuild writes the same rows.
    /// </summary>
    public static IEnumerable<RenewalPeriod> WarnedPeriods(this Styrdokument document, AutomaticRenewal renewal)
    {
        var anchor = document.LastChangedAt.InZone(StockholmTime.Zone).Date;
        var first = document.NextNoticePeriod(renewal, anchor).Index;
        for (var index = first; index < first + 120; index++)
        {
            var period = Period(renewal, index, document.NoticePeriodMonths!.Value, document.ValidFrom);
            if (index >= first + 2 && period.NoticeDeadline > anchor.PlusYears(10)) yield break;
            yield return period;
        }
    }

    /// <summary>
    /// The same as SQL over a row with <c>valid_from</c>, <c>renewal_period_months</c>, <c>renewal_first_period_end</c> and
    /// <c>notice_period_months</c>, "today" the parameter <paramref name="today"/>: the current period's first and last day
    /// and the next notice deadline (null without renewal). PostgreSQL's month arithmetic clamps to the month's end like NodaTime's.
    /// </summary>
    public static (string From, string To, string NextNoticeDeadline) Sql(string today)
    {
        const string start = "(renewal_first_period_end + 1)";
        const string p = "renewal_period_months";
        string StartOf(string index) => $"({start} + make_interval(months => ({index}) * {p}))";
        var months = $"((extract(year from {today}::date) - extract(year from {start})) * 12 + extract(month from {today}::date) - extract(month from {start}))";
        var estimate = $"greatest(0, floor({months} / {p}))::int";
        var current = $"(case when {StartOf(estimate)} > {today} then {estimate} else {estimate} + 1 end)";
        string Deadline(string index) => $"(({StartOf(index)} - make_interval(months => notice_period_months))::date - 1)";
        var from = $"case when {p} is null then null when {current} = 0 then valid_from else {StartOf($"{current} - 1")}::date end";
        var to = $"case when {p} is null then null else {StartOf(current)}::date - 1 end";
        var next = $"case when {p} is null then null when {Deadline(current)} >= {today} then {Deadline(current)} else {Deadline($"{current} + 1")} end";
        return (from, to, next);
    }
}

/// <summary>An agreement's automatic renewal as of one day: what the API and the document page show (ADR 0034).</summary>
public sealed record RenewalAsOf(int PeriodMonths, int NoticePeriodMonths, LocalDate FirstPeriodEndsOn, DatePrecision FirstPeriodEndsOnPrecision,
    LocalDate? CurrentPeriodFrom, LocalDate CurrentPeriodTo, LocalDate NextNoticeDeadline, LocalDate EndsOnWithNextNotice)
{
    /// <summary>"Förlängs automatiskt med 2 år i sänder; nuvarande period 2025-01-01 – 2026-12-31; senast uppsägning 2026-04-30".</summary>
    public string Summary => $"Förlängs automatiskt med {RenewalPeriods.Length(PeriodMonths)} i sänder; nuvarande period " +
                             $"{EventDescription.Date(CurrentPeriodFrom)} – {EventDescription.Date(CurrentPeriodTo)}; " +
                             $"senast uppsägning {EventDescription.Date(NextNoticeDeadline)}" +
                             (EndsOnWithNextNotice == CurrentPeriodTo ? "" : $" (upphör då {EventDescription.Date(EndsOnWithNextNotice)})");

    public static RenewalAsOf? Of(Styrdokument document, LocalDate today)
    {
        if (document.CurrentRenewal() is not { } renewal) return null;
        var current = document.Current(renewal, today);
        var next = document.NextNoticePeriod(renewal, today);
        return new RenewalAsOf(renewal.PeriodMonths, document.NoticePeriodMonths!.Value, renewal.FirstPeriodEndsOn,
            renewal.FirstPeriodEndsOnPrecision, current.From, current.To, next.NoticeDeadline, next.To);
    }
}
