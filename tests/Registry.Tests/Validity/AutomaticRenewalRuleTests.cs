using Registry.Adoption;
using Registry.Provenance;
using Registry.Termination;

namespace Registry.Tests.Validity;

/// <summary>
/// Issue 12 point 3 (ADR 0034): "förlängs med två år i sänder om det inte sägs upp". The agreement in force
/// 2020-01-01 – 2023-12-31 with twelve months' notice renews itself by two years: periods end 2023-12-31, 2025-12-31,
/// 2027-12-31 …, and the notice deadlines are a year before each.
/// </summary>
public sealed class AutomaticRenewalRuleTests
{
    private static readonly AutomaticRenewalSet TwoYears = new(DocumentId, 1, 24, 12, Date(2023, 12, 31), null, Recording);

    private static Styrdokument Renewing() => Scenario.Fold([.. AgreementInForce(), TwoYears])!;

    [Fact]
    public void The_first_period_ends_on_the_end_date_and_the_notice_period_is_the_agreements_unless_given()
    {
        var document = Scenario.Given(AgreementInForce()).When(new SetAutomaticRenewal(PeriodYears: 2, Decision: Vvg(Date(2019, 12, 6))))
            .Then(TwoYears with { Decision = Vvg(Date(2019, 12, 6)) });

        Assert.Equal(new AutomaticRenewal(1, 24, Date(2023, 12, 31)), document.CurrentRenewal());
        Assert.Equal(12, document.NoticePeriodMonths);
        Assert.False(document.UntilFurtherNotice());
    }

    [Fact]
    public void Months_a_notice_period_of_its_own_and_an_earlier_first_end_with_its_precision()
    {
        var precision = new Dictionary<string, DatePrecision> { ["firstPeriodEndsOn"] = DatePrecision.Year };
        var document = Scenario.Given(AgreementInForce())
            .When(new SetAutomaticRenewal(PeriodMonths: 18, NoticePeriodMonths: 6, FirstPeriodEndsOn: Date(2021, 12, 31), Precision: precision))
            .Then(new AutomaticRenewalSet(DocumentId, 1, 18, 6, Date(2021, 12, 31), null, Recording, Precision: precision));

        Assert.Equal(6, document.NoticePeriodMonths);
        Assert.Equal(DatePrecision.Year, document.CurrentRenewal()!.FirstPeriodEndsOnPrecision);
        Assert.Equal(new RenewalPeriod(1, Date(2022, 1, 1), Date(2023, 6, 30), Date(2022, 12, 31)), document.Current(document.CurrentRenewal()!, Date(2022, 3, 1)));
    }

    [Theory]
    [InlineData("2022-12-31", "2020-01-01", "2023-12-31", "2022-12-31", "2023-12-31")]
    [InlineData("2023-12-31", "2020-01-01", "2023-12-31", "2024-12-31", "2025-12-31")]
    [InlineData("2024-01-01", "2024-01-01", "2025-12-31", "2024-12-31", "2025-12-31")]
    [InlineData("2024-12-31", "2024-01-01", "2025-12-31", "2024-12-31", "2025-12-31")]
    [InlineData("2025-01-01", "2024-01-01", "2025-12-31", "2026-12-31", "2027-12-31")]
    [InlineData("2025-12-31", "2024-01-01", "2025-12-31", "2026-12-31", "2027-12-31")]
    [InlineData("2026-01-01", "2026-01-01", "2027-12-31", "2026-12-31", "2027-12-31")]
    [InlineData("2041-07-15", "2040-01-01", "2041-12-31", "2042-12-31", "2043-12-31")]
    public void The_current_period_and_the_next_notice_deadline_follow_today_and_it_never_lapses(string today, string from, string to,
        string noticeBy, string endsWithNotice)
    {
        var document = Renewing();
        var renewal = document.CurrentRenewal()!;
        var day = Parse(today);

        var current = document.Current(renewal, day);
        Assert.Equal((Parse(from), Parse(to)), (current.From!.Value, current.To));
        var next = document.NextNoticePeriod(renewal, day);
        Assert.Equal((Parse(noticeBy), Parse(endsWithNotice)), (next.NoticeDeadline, next.To));
        Assert.Equal(DocumentStatus.InForce, document.EffectiveStatus(day));
        Assert.Equal(Parse(noticeBy), RenewalAsOf.Of(document, day)!.NextNoticeDeadline);
    }

    [Fact]
    public void The_closed_form_agrees_with_counting_period_by_period_at_month_ends()
    {
        foreach (var (firstEnd, months, notice) in new[] { (Date(2021, 1, 30), 2, 1), (Date(2021, 2, 28), 12, 1), (Date(2020, 2, 29), 12, 11),
                     (Date(2021, 1, 31), 5, 4), (Date(2021, 8, 31), 6, 2), (Date(2023, 12, 31), 24, 12) })
        {
            var renewal = new AutomaticRenewal(1, months, firstEnd);
            var ends = Enumerable.Range(0, 200).Select(k => RenewalPeriods.EndOf(renewal, k)).ToList();
            for (var day = firstEnd.PlusDays(-40); day < firstEnd.PlusYears(6); day = day.PlusDays(1))
            {
                var index = ends.FindIndex(end => end >= day);
                Assert.Equal(index, RenewalPeriods.CurrentIndex(renewal, day));
                var noticeIndex = Enumerable.Range(0, 200).First(k => NoticePeriod.LastDayToGiveNotice(ends[k], notice) >= day);
                Assert.Equal(noticeIndex, RenewalPeriods.NextNoticePeriod(renewal, notice, null, day).Index);
            }
        }
        // Counted from the first end, a period never drifts off the month's end: 2021-02-28 + 3 years ends 2024-02-29.
        Assert.Equal(Date(2024, 2, 29), RenewalPeriods.EndOf(new AutomaticRenewal(1, 12, Date(2021, 2, 28)), 3));
    }

    [Fact]
    public void Each_period_gets_its_own_notice_deadline_and_the_agreement_no_expiry()
    {
        var deadlines = Deadlines.Of(Renewing()).ToList();

        // Recorded 2026-11-22: from the period whose deadline is next, ten years on.
        Assert.Equal(["period-2027-12-31", "period-2029-12-31", "period-2031-12-31", "period-2033-12-31", "period-2035-12-31"],
            deadlines.Select(d => d.Subject));
        Assert.All(deadlines, d => Assert.Equal(WarningKind.NoticeDeadline, d.Kind));
        Assert.Equal(Date(2026, 12, 31), deadlines[0].TargetDate);
        Assert.Equal("Uppsägningstid 12 månader, periodens slutdatum 2027-12-31; annars förlängs avtalet med 2 år till 2029-12-31", deadlines[0].Details);
        Assert.DoesNotContain(Deadlines.Of(Scenario.Fold(AgreementInForce())!), d => d.Subject.StartsWith("period-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2024-12-31", "2025-12-31")]
    [InlineData("2025-01-01", "2027-12-31")]
    [InlineData("2022-12-31", "2023-12-31")]
    [InlineData("2023-06-01", "2025-12-31")]
    public void Notice_ends_the_agreement_with_the_first_period_whose_deadline_it_meets(string givenOn, string endsOn)
    {
        var document = Scenario.Given([.. AgreementInForce(), TwoYears]).When(new GiveNotice("Borås", Parse(givenOn)))
            .Then(new NoticeGiven(DocumentId, "Borås", Parse(givenOn), Parse(endsOn), null, Recording));

        Assert.Null(document.CurrentRenewal());
        Assert.Equal(Parse(endsOn), document.ValidTo);
        Assert.Equal(Parse(endsOn), document.ValidityPeriods[^1].To);
        Assert.Equal(DocumentStatus.NoticeGiven, document.EffectiveStatus(Parse(endsOn)));
        Assert.Equal(DocumentStatus.Expired, document.EffectiveStatus(Parse(endsOn).PlusDays(1)));
        Assert.DoesNotContain(Deadlines.Of(document), d => d.Kind == WarningKind.NoticeDeadline);
    }

    [Fact]
    public void A_new_text_version_replaces_the_renewal()
    {
        var revised = Scenario.Fold([.. AgreementInForce(), TwoYears, RevisionBegun(),
            EnteredIntoForce(Date(2024, 1, 1), Date(2026, 12, 31), textVersion: 2, replacesPreviousVersion: true)])!;

        Assert.Null(revised.CurrentRenewal());
        Assert.Equal(DocumentStatus.Lapsed, revised.EffectiveStatus(Date(2027, 1, 1)));
    }

    [Fact]
    public void Only_an_agreement_in_force_renews()
    {
        Scenario.Given(InForce()).When(new SetAutomaticRenewal(PeriodYears: 2))
            .ThenRejects("kind", "Automatisk förlängning kan bara anges för avtal och överenskommelser.");
        Scenario.Given(UnderNotice()).When(new SetAutomaticRenewal(PeriodYears: 2))
            .ThenRejects("status", "Endast ett gällande avtal kan förlängas automatiskt (status: Uppsagt).");
    }

    [Theory]
    [InlineData(2, 24, "periodMonths", "Ange periodens längd i år eller i månader, inte båda.")]
    [InlineData(null, null, "periodYears", "Periodens längd måste anges (år eller månader).")]
    [InlineData(0, null, "periodYears", "Perioden ska anges i hela år, 1–10.")]
    [InlineData(null, 121, "periodMonths", "Perioden ska anges i hela månader, 1–120.")]
    [InlineData(1, null, "noticePeriodMonths", "Uppsägningstiden (12 månader) måste vara kortare än perioden (1 år).")]
    public void The_period_is_whole_years_or_months_longer_than_the_notice_period(int? years, int? months, string field, string message)
    {
        Scenario.Given(AgreementInForce()).When(new SetAutomaticRenewal(years, months)).ThenRejects(field, message);
    }

    [Fact]
    public void The_first_period_needs_an_end_within_the_documents_dates_and_a_notice_period()
    {
        Scenario.Given(AgreementInForce(openEnded: true)).When(new SetAutomaticRenewal(PeriodYears: 2))
            .ThenRejects("firstPeriodEndsOn", "Ange när den första perioden slutar: dokumentet har inget slutdatum.");
        Scenario.Given(AgreementInForce()).When(new SetAutomaticRenewal(PeriodYears: 2, FirstPeriodEndsOn: Date(2024, 12, 31)))
            .ThenRejects("firstPeriodEndsOn", "Den första perioden kan inte sluta efter dokumentets slutdatum 2023-12-31.");
        Scenario.Given(AgreementInForce()).When(new SetAutomaticRenewal(PeriodYears: 2, FirstPeriodEndsOn: Date(2019, 12, 31)))
            .ThenRejects("firstPeriodEndsOn", "Den första perioden måste sluta efter startdatumet 2020-01-01.");
        Scenario.Given(InForce(kind: "avtal")).When(new SetAutomaticRenewal(PeriodYears: 2))
            .ThenRejects("noticePeriodMonths", "Uppsägningstiden måste anges: avtalet har ingen.");
        Scenario.Given([.. AgreementInForce(), TwoYears]).When(new SetAutomaticRenewal(PeriodYears: 2))
            .ThenRejects("periodYears", "Samma automatiska förlängning är redan registrerad.");
    }

    [Fact]
    public void An_open_ended_agreement_renews_from_the_first_end_given()
    {
        var document = Scenario.Given(AgreementInForce(openEnded: true)).When(new SetAutomaticRenewal(PeriodYears: 1, NoticePeriodMonths: 3, FirstPeriodEndsOn: Date(2020, 12, 31)))
            .Then(new AutomaticRenewalSet(DocumentId, 1, 12, 3, Date(2020, 12, 31), null, Recording));

        Assert.Equal(DocumentStatus.InForce, document.EffectiveStatus(Date(2030, 1, 1)));
        Assert.Equal(new RenewalPeriod(9, Date(2029, 1, 1), Date(2029, 12, 31), Date(2029, 9, 30)), document.Current(document.CurrentRenewal()!, Date(2029, 6, 1)));
    }

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    [Fact]
    public void A_partys_part_of_a_renewing_agreement_does_not_lapse_at_the_first_period_end()
    {
        var document = Scenario.Fold([.. AgreementInForce(), new DocumentAdopted(DocumentId, "Borås", Date(2019, 12, 1), null, 1, Recording), TwoYears])!;

        var boras = PartyAdoptionStatuses.Of(document, Date(2024, 3, 1)).Single(p => p.Party == "Borås");

        Assert.Null(boras.InForceTo);
        Assert.Equal(PartyState.InForce, boras.State);
        Assert.True(boras.InForceOn(Date(2030, 6, 1)));
    }
}
