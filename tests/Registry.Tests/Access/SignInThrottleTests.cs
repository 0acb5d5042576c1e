using Microsoft.AspNetCore.Http;

namespace Registry.Tests.Access;

/// <summary>
/// Sign-in throttling (issue 13, point 6): wrong passwords lock the account and the client with back-off, other
/// accounts and clients are unaffected, the sign-in form is rate-limited per client. Each test runs its own app
/// instance on the shared database, so its locks touch no other test.
/// </summary>
public sealed class SignInThrottleTests(RegistryApp app)
{
    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 11, 22, 9, 0));

    private WebApplicationFactory<Program> OwnInstance() => app.Derive(app.ConnectionString, _clock);

    private static async Task<HttpContext> Basic(WebApplicationFactory<Program> factory, string user, string password, string from,
        string path = "/api/documents")
    {
        return await factory.Server.SendAsync(http =>
        {
            http.Request.Method = "GET";
            http.Request.Path = path;
            http.Request.Headers.Authorization = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{password}"));
            http.Connection.RemoteIpAddress = IPAddress.Parse(from);
        }, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Wrong_passwords_lock_the_account_with_back_off_and_leave_other_accounts_alone()
    {
        await using var factory = OwnInstance();
        var statuses = new List<int>();
        for (var i = 0; i < 8; i++)
            statuses.Add((await Basic(factory, TestAccounts.Admin, "gissning-" + i, "127.0.0.5")).Response.StatusCode);
        Assert.Equal([401, 401, 401, 401, 401, 429, 429, 429], statuses);

        // Locked: even the right password, from another client, until the back-off has passed.
        var locked = await Basic(factory, TestAccounts.Admin, TestAccounts.AdminPassword, "127.0.0.6");
        Assert.Equal(429, locked.Response.StatusCode);
        Assert.True(int.Parse(locked.Response.Headers.RetryAfter!) >= 1);
        // Another account, from the attacker's own address, is unaffected.
        Assert.Equal(200, (await Basic(factory, TestAccounts.Reader, TestAccounts.ReaderPassword, "127.0.0.5")).Response.StatusCode);

        _clock.Advance(Duration.FromSeconds(int.Parse(locked.Response.Headers.RetryAfter!)));
        Assert.Equal(200, (await Basic(factory, TestAccounts.Admin, TestAccounts.AdminPassword, "127.0.0.6")).Response.StatusCode);
        // Once signed in on this node, the same name and password keep working even while guesses lock the account.
        for (var i = 0; i < 7; i++) await Basic(factory, TestAccounts.Admin, "gissning-igen-" + i, "127.0.0.5");
        Assert.Equal(429, (await Basic(factory, TestAccounts.Admin, "ännu-en-gissning", "127.0.0.5")).Response.StatusCode);
        Assert.Equal(200, (await Basic(factory, TestAccounts.Admin, TestAccounts.AdminPassword, "127.0.0.6")).Response.StatusCode);
    }

    [Fact]
    public async Task A_client_guessing_many_names_is_locked_and_other_clients_are_not()
    {
        await using var factory = OwnInstance();
        var statuses = new List<int>();
        for (var i = 0; i < 24; i++)
            statuses.Add((await Basic(factory, $"namn{i}", "gissning", "127.0.0.7")).Response.StatusCode);
        Assert.All(statuses.Take(20), s => Assert.Equal(401, s));
        Assert.All(statuses.Skip(20), s => Assert.Equal(429, s));
        Assert.Equal(429, (await Basic(factory, TestAccounts.Reader, TestAccounts.ReaderPassword, "127.0.0.7")).Response.StatusCode);

        Assert.Equal(401, (await Basic(factory, "namn0", "gissning", "127.0.0.8")).Response.StatusCode);
        Assert.Equal(200, (await Basic(factory, TestAccounts.Reader, TestAccounts.ReaderPassword, "127.0.0.8")).Response.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_form_is_rate_limited_per_client_with_a_Swedish_page()
    {
        await using var factory = OwnInstance();
        async Task<HttpContext> Attempt(string from) => await factory.Server.SendAsync(http =>
        {
            http.Request.Method = "POST";
            http.Request.Path = "/logga-in";
            http.Request.ContentType = "application/x-www-form-urlencoded";
            http.Request.Body = new MemoryStream("namn=admin&losenord=fel"u8.ToArray());
            http.Connection.RemoteIpAddress = IPAddress.Parse(from);
        }, TestContext.Current.CancellationToken);

        for (var i = 0; i < 10; i++) Assert.NotEqual(429, (await Attempt("127.0.0.9")).Response.StatusCode);
        var limited = await Attempt("127.0.0.9");
        Assert.Equal(429, limited.Response.StatusCode);
        Assert.NotNull(limited.Response.Headers.RetryAfter.ToString());
        var html = await new StreamReader(limited.Response.Body).ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains("För många inloggningsförsök", html);
        Assert.NotEqual(429, (await Attempt("127.0.0.10")).Response.StatusCode);
    }

    /// <summary>Not a timing assertion: prints a legitimate reader's latency before and during a guessing attack.</summary>
    [Fact]
    public async Task A_legitimate_request_under_a_guessing_attack_is_measured()
    {
        await using var factory = OwnInstance();
        await Basic(factory, TestAccounts.Reader, TestAccounts.ReaderPassword, "127.0.0.20");
        var baseline = await Latencies(factory, 40);

        var outcomes = new System.Collections.Concurrent.ConcurrentBag<int>();
        var attackers = Enumerable.Range(0, 8).Select(a => Task.Run(async () =>
        {
            for (var i = 0; i < 300; i++)
                outcomes.Add((await Basic(factory, i % 2 == 0 ? TestAccounts.Admin : $"okänd{a}-{i}", "gissning" + i, $"127.0.1.{a + 1}"))
                    .Response.StatusCode);
        })).ToList();
        var attack = Task.WhenAll(attackers);
        var underAttack = new List<double>();
        while (!attack.IsCompleted && underAttack.Count < 2_000) underAttack.AddRange(await Latencies(factory, 10));
        await attack;

        var refused = outcomes.Count(s => s == 429);
        Figures.Print("sign-in-throttle",
            $"Guessing attack: {outcomes.Count} attempts from 8 clients, {outcomes.Count(s => s == 401)} × 401, {refused} × 429 (locked, no hashing). " +
            $"Reader GET /api/documents/{{id}}: p50 {Percentile(baseline, 50):F1} ms / p95 {Percentile(baseline, 95):F1} ms before, " +
            $"p50 {Percentile(underAttack, 50):F1} ms / p95 {Percentile(underAttack, 95):F1} ms during the attack.");
        Assert.True(refused > outcomes.Count / 2, $"Most guesses should be refused by the lockout: {refused} of {outcomes.Count}.");
        Assert.DoesNotContain(outcomes, s => s == 200);
    }

    private async Task<List<double>> Latencies(WebApplicationFactory<Program> factory, int count)
    {
        var id = await app.Api().Draft();
        var times = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            var context = await Basic(factory, TestAccounts.Reader, TestAccounts.ReaderPassword, "127.0.0.20", $"/api/documents/{id}");
            times.Add(watch.Elapsed.TotalMilliseconds);
            Assert.Equal(200, context.Response.StatusCode);
        }
        return times;
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
    }
}
