namespace Registry.Tests.Validity;

/// <summary>The status in effect on a day (ADR 0027): computed from the end date and "today", never recorded.</summary>
public sealed class LapseRuleTests
{
    [Theory]
    [InlineData(2023, 12, 31, DocumentStatus.InForce)]
    [InlineData(2024, 1, 1, DocumentStatus.Lapsed)]
    [InlineData(2030, 6, 1, DocumentStatus.Lapsed)]
    public void A_document_in_force_lapses_the_day_after_its_end_date(int year, int month, int day, DocumentStatus expected)
    {
        var document = Scenario.Fold(InForce())!;

        Assert.Equal(expected, document.EffectiveStatus(Date(year, month, day)));
        Assert.Equal(DocumentStatus.InForce, document.Status);
    }

    [Fact]
    public void A_document_in_force_until_further_notice_never_lapses()
    {
        Assert.Equal(DocumentStatus.InForce, Scenario.Fold(InForce(openEnded: true))!.EffectiveStatus(Date(2099, 1, 1)));
    }

    [Theory]
    [InlineData(2022, 4, 30, DocumentStatus.NoticeGiven)]
    [InlineData(2022, 5, 1, DocumentStatus.Expired)]
    public void An_agreement_under_notice_has_ended_once_the_notice_has_run_out(int year, int month, int day, DocumentStatus expected)
    {
        Assert.Equal(expected, Scenario.Fold(UnderNotice())!.EffectiveStatus(Date(year, month, day)));
    }

    [Theory]
    [MemberData(nameof(EndedStates), MemberType = typeof(History))]
    public void An_ended_document_keeps_its_recorded_status(string state)
    {
        var document = Scenario.Fold(Ended(state))!;

        Assert.Equal(document.Status, document.EffectiveStatus(Date(2099, 1, 1)));
    }

    [Fact]
    public void A_document_not_yet_in_force_has_no_end_to_pass()
    {
        Assert.Equal(DocumentStatus.Draft, Scenario.Fold(Draft())!.EffectiveStatus(Date(2099, 1, 1)));
    }

    [Fact]
    public void The_lapsed_status_reads_Utganget_and_a_confirmed_end_Upphort()
    {
        Assert.Equal("Utgånget", DocumentStatus.Lapsed.Label());
        Assert.Equal("Upphört", DocumentStatus.Expired.Label());
    }

    [Fact]
    public void A_passed_end_date_is_worded_as_lapsed_in_every_channel()
    {
        var end = Date(2026, 12, 31);
        Assert.Equal("Dokumentet upphör: 2026-12-31 – i dag.", WarningText.Headline("expiry", end, end));
        Assert.Equal("Utgånget: 2026-12-31 – passerades i går.", WarningText.Headline("expiry", end, end.PlusDays(1)));
        Assert.Equal("Dokumentet gällde till och med 2026-12-31 och är utgånget sedan 2027-01-01. Det kan förlängas i efterhand genom ett beslut.",
            WarningText.Meaning("expiry", end, "", end.PlusDays(1)));
        Assert.StartsWith("Dokumentet gäller till och med 2026-12-31", WarningText.Meaning("expiry", end, "", end));
        // Another kind of deadline that has passed is only late, not lapsed.
        Assert.Equal("Uppföljning ska göras: 2026-12-31 – passerades i går.", WarningText.Headline("followUp", end, end.PlusDays(1)));
    }
}
