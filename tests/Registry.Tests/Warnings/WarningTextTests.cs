namespace Registry.Tests.Warnings;

/// <summary>The Swedish words every channel takes from one place.</summary>
public sealed class WarningTextTests
{
    private static readonly LocalDate Today = new(2026, 12, 2);

    [Theory]
    [InlineData(29, "om 29 dagar")]
    [InlineData(2, "om 2 dagar")]
    [InlineData(1, "i morgon")]
    [InlineData(0, "i dag")]
    [InlineData(-1, "passerades i går")]
    [InlineData(-3, "passerades för 3 dagar sedan")]
    public void When_says_how_far_off_the_date_is_today(int days, string expected) =>
        Assert.Equal(expected, WarningText.When(Today.PlusDays(days), Today));

    [Fact]
    public void The_headline_has_the_label_the_date_and_the_days_left() =>
        Assert.Equal("Dokumentet upphör: 2026-12-31 – om 29 dagar.", WarningText.Headline("expiry", new LocalDate(2026, 12, 31), Today));

    [Theory]
    [InlineData("expiry", new[] { "VVG" }, "Förlängning kräver beslut av VVG.")]
    [InlineData("expiry", new[] { "SRO", "VVG" }, "Förlängning kräver beslut av SRO och VVG.")]
    [InlineData("expiry", new string[0], "Förlängning kräver beslut av dokumentets ägare.")]
    [InlineData("noticeDeadline", new[] { "SRO" }, "förlängning kräver beslut av SRO.")]
    [InlineData("remissDeadline", new[] { "VVG" }, "Förlängd svarstid kräver beslut av VVG.")]
    [InlineData("followUp", new[] { "VVG" }, "Registrera uppföljningen som genomförd")]
    public void The_action_names_who_decides(string kind, string[] bodies, string expected) =>
        Assert.Contains(expected, WarningText.Action(kind, bodies));

    [Fact]
    public void The_meaning_of_a_notice_deadline_carries_the_notice_period() =>
        Assert.Equal("Sista dag att säga upp avtalet så att det upphör vid slutdatumet. Uppsägningstid 8 månader, slutdatum 2020-11-30.",
            WarningText.Meaning("noticeDeadline", new LocalDate(2020, 3, 31), "Uppsägningstid 8 månader, slutdatum 2020-11-30"));

    [Theory]
    [InlineData(FollowUpKind.Uppfoljning, "Uppföljning")]
    [InlineData(FollowUpKind.Utvardering, "Utvärdering")]
    [InlineData(FollowUpKind.Avstamning, "Avstämning")]
    public void A_follow_up_without_description_is_named_in_Swedish(FollowUpKind kind, string expected)
    {
        var document = new Styrdokument
        {
            Title = "Färdplan",
            Status = DocumentStatus.InForce,
            FollowUps = [new FollowUpItem("f", kind, new LocalDate(2028, 6, 30), "", null, null)],
        };

        var deadline = Assert.Single(Deadlines.Of(document));

        Assert.Equal(expected, deadline.Details);
    }

    [Fact]
    public void Links_keep_the_path_of_the_public_base_address()
    {
        var documentId = Guid.NewGuid();
        var warningId = Guid.NewGuid();
        var baseAddress = WarningSettings.ParseBaseAddress("https://intra.example.se/styrdokument");

        Assert.Equal($"https://intra.example.se/styrdokument/dokument/{documentId}", WarningText.DocumentUrl(baseAddress, documentId).ToString());
        Assert.Equal($"https://intra.example.se/styrdokument/dokument/{documentId}/varningar/{warningId}/kvittera",
            WarningText.AcknowledgeUrl(baseAddress, documentId, warningId).ToString());
    }

    [Theory]
    [InlineData("styrdokument.example.se")]
    [InlineData("ftp://example.se/")]
    public void A_public_base_address_that_is_not_an_absolute_http_address_is_refused_with_the_key_named(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => WarningSettings.ParseBaseAddress(value));
        Assert.Contains("Registry:PublicBaseAddress", error.Message);
    }
}
