namespace Registry.Tests.Validity;

/// <summary>Expiry depends on "today": these tests set the shared clock, so they run alone (see <see cref="ClockCollection"/>).</summary>
[Collection(ClockCollection.Name)]
public sealed class ExpiryTests(RegistryApp app) : ApiTests(app), IDisposable
{
    private readonly Instant _original = app.Clock.GetCurrentInstant();

    public void Dispose() => App.Clock.Reset(_original);

    /// <summary>Sets the clock to a Stockholm wall-clock time.</summary>
    private void SetStockholmTime(int year, int month, int day, int hour, int minute) =>
        App.Clock.Reset(new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(
            DateTimeZoneProviders.Tzdb["Europe/Stockholm"]).ToInstant());

    [Fact]
    public async Task A_document_expires_once_its_end_date_has_passed_in_Stockholm()
    {
        var id = await Api.InForce(from: "2027-01-01", to: "2029-12-31");
        // 00:30 on New Year's Day in Stockholm is still 2029-12-31 in UTC.
        SetStockholmTime(2030, 1, 1, 0, 30);

        await Api.Ok(id, "expire");

        var document = await Api.Document(id);
        Assert.Equal("expired", document["document"].Text("status"));
        Assert.Equal("Upphört", document.Text("statusLabel"));
        Assert.Equal("2029-12-31", (await Api.LastEvent(id, "document_expired")).Text("endedOn"));
    }

    [Fact]
    public async Task A_document_is_still_in_force_on_its_last_day()
    {
        var id = await Api.InForce(from: "2027-01-01", to: "2029-12-31");
        SetStockholmTime(2029, 12, 31, 23, 30);

        await Api.Rejects(id, "expire", null, "validTo", "Slutdatumet 2029-12-31 har inte passerat ännu.");
    }

    [Fact]
    public async Task A_document_in_force_until_further_notice_does_not_expire() =>
        await Api.Rejects(await Api.InForce(to: null), "expire", null, "validTo",
            "Dokumentet gäller tills vidare och kan inte upphöra av sig självt.");

    [Fact]
    public async Task A_draft_cannot_expire() =>
        await Api.Rejects(await Api.Draft(), "expire", null, "status", "Endast ett gällande dokument kan upphöra (status: Utkast).");

    [Fact]
    public async Task An_expired_document_cannot_expire_again()
    {
        var id = await Api.InForce(from: "2019-01-01", to: "2020-12-31");
        await Api.Ok(id, "expire");

        await Api.Rejects(id, "expire", null, "status", "Endast ett gällande dokument kan upphöra (status: Upphört).");
    }
}
