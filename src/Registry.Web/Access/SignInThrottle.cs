using System.Collections.Concurrent;

namespace Registry.Web.Access;

/// <summary>
/// Lockout with back-off after failed sign-ins (issue 13, point 6), per account and per client address: after
/// <see cref="AccountThreshold"/> failures in a row an account is locked for 1 s, then 2, 4 … up to
/// <see cref="MaxLock"/>; a client after <see cref="ClientThreshold"/>. While locked, passwords are not even
/// checked, so guessing costs no hashing. A name and password that already succeeded on this node still work
/// (<see cref="AccountService"/> remembers them), so an attacker cannot lock out Excel clients that are signed in.
/// Kept in memory per node: a restart forgets it.
/// </summary>
public sealed class SignInThrottle(IClock clock)
{
    public const int AccountThreshold = 5;
    public const int ClientThreshold = 20;
    public static readonly Duration MaxLock = Duration.FromMinutes(5);
    private static readonly Duration Forget = Duration.FromMinutes(15);
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Failures> _failures = new();

    /// <exception cref="SignInThrottled">The account or the client is locked.</exception>
    public void EnsureAllowed(string account, string? client)
    {
        var now = clock.GetCurrentInstant();
        foreach (var key in Keys(account, client))
            if (_failures.TryGetValue(key, out var failures) && failures.LockedUntil > now)
                throw new SignInThrottled(failures.LockedUntil - now);
    }

    public void Failed(string account, string? client)
    {
        var now = clock.GetCurrentInstant();
        if (_failures.Count > MaxEntries) Prune(now);
        Count(AccountKey(account), AccountThreshold, now);
        if (client is not null) Count(ClientKey(client), ClientThreshold, now);
    }

    public void Succeeded(string account) => _failures.TryRemove(AccountKey(account), out _);

    private void Count(string key, int threshold, Instant now) =>
        _failures.AddOrUpdate(key,
            _ => new Failures(1, threshold <= 1 ? now + Duration.FromSeconds(1) : now, now),
            (_, old) =>
            {
                var count = (old.LastFailure + Forget < now ? 0 : old.Count) + 1;
                var over = count - threshold;
                var lockFor = over < 0 ? Duration.Zero : Duration.FromSeconds(Math.Min(Math.Pow(2, Math.Min(over, 20)), MaxLock.TotalSeconds));
                return new Failures(count, now + lockFor, now);
            });

    private void Prune(Instant now)
    {
        foreach (var (key, failures) in _failures)
            if (failures.LockedUntil <= now && failures.LastFailure + Forget < now) _failures.TryRemove(key, out _);
        if (_failures.Count > MaxEntries) _failures.Clear();
    }

    private static IEnumerable<string> Keys(string account, string? client) =>
        client is null ? [AccountKey(account)] : [AccountKey(account), ClientKey(client)];

    private static string AccountKey(string account) => "account:" + Account.IdFor(account);

    private static string ClientKey(string client) => "client:" + client;

    private sealed record Failures(int Count, Instant LockedUntil, Instant LastFailure);
}

/// <summary>Too many failed sign-ins: refused until <see cref="RetryAfter"/> has passed.</summary>
public sealed class SignInThrottled(Duration retryAfter) : Exception(
    $"För många misslyckade inloggningar. Försök igen om {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))} sekunder.")
{
    public int RetryAfterSeconds { get; } = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
}
