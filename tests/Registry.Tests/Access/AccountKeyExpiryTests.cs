namespace Registry.Tests.Access;

/// <summary>A key stops working when its last day ends in Stockholm; these tests move the shared clock.</summary>
[Collection(ClockCollection.Name)]
public sealed class AccountKeyExpiryTests(RegistryApp app) : IDisposable
{
    private readonly Instant _original = app.Clock.GetCurrentInstant();

    public void Dispose() => app.Clock.Reset(_original);

    [Fact]
    public async Task A_key_works_through_its_last_day_and_stops_at_midnight_in_Stockholm()
    {
        var pages = await AccountPages.SignedIn(app);
        var id = (await pages.Created(AccountPages.NewName("Jan"))).ToLowerInvariant();
        var key = await pages.IssueKey(id, lastDay: "2026-11-23");

        app.Clock.Reset(Instant.FromUtc(2026, 11, 23, 22, 59, 59));
        Assert.Equal(HttpStatusCode.OK, await AccountPages.Read(pages.WithKey(key)));
        app.Clock.Reset(Instant.FromUtc(2026, 11, 23, 23, 0, 0));
        Assert.Equal(HttpStatusCode.Unauthorized, await AccountPages.Read(pages.WithKey(key)));
        Assert.Matches("<td>2026-11-23</td>\\s*<td>har gått ut</td>", await pages.Page($"/konton/{id}"));

        // A new last day brings it back, recorded with who and when.
        var extended = await pages.Post(id, "giltighet", new() { ["nyckel"] = key[..16], ["sistaDag"] = "2026-12-31" });
        Assert.Equal(HttpStatusCode.Redirect, extended.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await AccountPages.Read(pages.WithKey(key)));
        Assert.Contains($"<td>2026-11-24 00:00</td><td>admin</td><td>API-nyckel {key[..16]} är nu giltig till och med 2026-12-31.</td>",
            await pages.Page($"/konton/{id}"));
    }
}
