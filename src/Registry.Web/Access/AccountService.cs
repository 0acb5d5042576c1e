using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Marten;
using Microsoft.AspNetCore.Identity;

namespace Registry.Web.Access;

/// <summary>Creates accounts and keys, and checks credentials against their stored hashes.</summary>
public sealed class AccountService(IDocumentStore store, IClock clock, SignInThrottle throttle)
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static readonly PasswordHasher<Account> Hasher = new();
    private static readonly Account Unknown = new();
    private static readonly string UnknownHash = Hasher.HashPassword(Unknown, GeneratePassword());

    // PBKDF2 (100 000 iterations) costs tens of milliseconds; API clients send Basic on every request.
    // A verified pair is remembered by a SHA-256 over the stored hash and the password, so a changed password
    // (a new stored hash) is never matched by an old entry.
    private readonly ConcurrentDictionary<string, byte> _verified = new();
    private readonly ConcurrentDictionary<string, Instant> _lastNoted = new();

    // At most one PBKDF2 per core at a time: a flood of guesses queues here instead of starving every other request.
    private static readonly SemaphoreSlim Hashing = new(Environment.ProcessorCount);
    private static readonly TimeSpan HashingWait = TimeSpan.FromSeconds(5);

    public async Task<bool> AnyAsync(CancellationToken cancellation = default)
    {
        await using var session = store.QuerySession();
        return await session.Query<Account>().AnyAsync(cancellation);
    }

    public async Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellation = default)
    {
        await using var session = store.QuerySession();
        return await session.Query<Account>().OrderBy(a => a.Id).ToListAsync(cancellation);
    }

    public async Task<Account?> FindAsync(string name, CancellationToken cancellation = default)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<Account>(Account.IdFor(name), cancellation);
    }

    /// <summary>Create an account, or replace the password and role of an existing one.</summary>
    public async Task<Account> SaveAsync(string name, string role, string password, string createdBy,
        CancellationToken cancellation = default)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(name) && name.Trim().Length <= 100 && !name.Contains(':'),
            "Användarnamnet måste vara 1–100 tecken och får inte innehålla kolon.", "name");
        Rule.Require(Roles.All.Contains(role), $"Rollen måste vara {string.Join(" eller ", Roles.All)}.", "role");
        Rule.Require(password.Length >= 12, "Lösenordet måste vara minst 12 tecken.", "password");
        await using var session = store.LightweightSession();
        var existing = await session.LoadAsync<Account>(Account.IdFor(name), cancellation);
        var account = new Account
        {
            Id = Account.IdFor(name),
            Name = name.Trim(),
            Role = role,
            CreatedAt = existing?.CreatedAt ?? clock.GetCurrentInstant(),
            CreatedBy = existing?.CreatedBy ?? createdBy,
            Disabled = existing?.Disabled ?? false,
        };
        account.PasswordHash = Hasher.HashPassword(account, password);
        session.Store(account);
        AccountChanges.Record(session, clock, account.Id, createdBy, existing is null
            ? $"Kontot skapades med rollen {Roles.Label(role)}."
            : $"Lösenordet byttes och rollen sattes till {Roles.Label(role)}.");
        await session.SaveChangesAsync(cancellation);
        return account;
    }

    /// <summary>Create an account only if no account has that name (a concurrent creator wins).</summary>
    public async Task<bool> TryCreateAsync(string name, string role, string password, string createdBy,
        CancellationToken cancellation = default)
    {
        await using var session = store.QuerySession();
        if (await session.LoadAsync<Account>(Account.IdFor(name), cancellation) is not null) return false;
        await SaveAsync(name, role, password, createdBy, cancellation);
        return true;
    }

    /// <summary>Issue a new API key for an account. The returned key is shown once; only its hash is kept.</summary>
    /// <param name="lastDay">The last day (in Stockholm) the key works; null: until revoked.</param>
    public async Task<string> IssueKeyAsync(string accountName, string? label, CancellationToken cancellation = default,
        LocalDate? lastDay = null, string issuedBy = "kommandoraden")
    {
        Rule.Require((label?.Length ?? 0) <= 200, "Etiketten får vara högst 200 tecken.", "label");
        var expires = KeyExpiry.From(lastDay, clock);
        await using var session = store.LightweightSession();
        var account = await session.LoadAsync<Account>(Account.IdFor(accountName), cancellation)
            ?? throw new RuleViolation($"Kontot \"{accountName}\" finns inte.", "name");
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = RandomNumberGenerator.GetString(Alphabet, 40);
        session.Store(new ApiKey
        {
            Id = id,
            AccountId = account.Id,
            SecretHash = Sha256(secret),
            Label = string.IsNullOrWhiteSpace(label) ? null : label.Trim(),
            CreatedAt = clock.GetCurrentInstant(),
            CreatedBy = issuedBy,
            ExpiresAt = expires,
        });
        AccountChanges.Record(session, clock, account.Id, issuedBy,
            $"API-nyckel {id} gavs ut{(string.IsNullOrWhiteSpace(label) ? "" : $" ({label.Trim()})")}, {KeyExpiry.Show(lastDay)}.");
        await session.SaveChangesAsync(cancellation);
        return $"{id}.{secret}";
    }

    public static string GeneratePassword() => RandomNumberGenerator.GetString(Alphabet, 20);

    /// <summary>Name and password (or one of the account's API keys, for HTTP Basic clients such as Excel).</summary>
    /// <param name="client">The client's address, for throttling per client; null when unknown.</param>
    /// <exception cref="SignInThrottled">Too many failures for the account or from the client.</exception>
    public async Task<Account?> VerifyPasswordAsync(string name, string password, CancellationToken cancellation = default,
        string? client = null)
    {
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrEmpty(password)) return null;
        await using var session = store.QuerySession();
        var account = await session.LoadAsync<Account>(Account.IdFor(name), cancellation);
        // A disabled account is treated as an unknown one: the same cost, the same answer.
        if (account is { Disabled: true }) account = null;
        if (account is not null && _verified.ContainsKey(Remembered(account, password)))
        {
            await NoteUseAsync(account.Id, null, cancellation);
            return account;
        }
        throttle.EnsureAllowed(name, client);
        var verified = await VerifyAsync(session, account, password, cancellation);
        if (verified is null) throttle.Failed(name, client);
        else throttle.Succeeded(name);
        return verified;
    }

    /// <summary>
    /// Remembers when an account (and a key) was last used, at most once a minute per node: the pages show it to the
    /// minute, and clients that send Basic on every request must not cause a write each time.
    /// </summary>
    public async Task NoteUseAsync(string accountId, string? keyId, CancellationToken cancellation = default)
    {
        var now = clock.GetCurrentInstant();
        var due = new[] { AccessUse.OfAccount(accountId), keyId is null ? null : AccessUse.OfKey(keyId) }
            .OfType<string>()
            .Where(id => !_lastNoted.TryGetValue(id, out var at) || now - at >= Duration.FromMinutes(1) || now < at)
            .ToList();
        if (due.Count == 0) return;
        if (_lastNoted.Count > 10_000) _lastNoted.Clear();
        foreach (var id in due) _lastNoted[id] = now;
        await using var session = store.LightweightSession();
        foreach (var id in due) session.Store(new AccessUse { Id = id, At = now });
        await session.SaveChangesAsync(cancellation);
    }

    private async Task<Account?> VerifyAsync(IQuerySession session, Account? account, string password, CancellationToken cancellation)
    {
        if (account is not null && await KeyAccountAsync(session, password, cancellation) is { } keyAccount)
            return keyAccount.Id == account.Id ? account : null;
        if (!await Hashing.WaitAsync(HashingWait, cancellation)) throw new SignInThrottled(Duration.FromSeconds(1));
        try
        {
            // An unknown name costs as much as a wrong password, so response times do not tell which names exist.
            if (account is null || Hasher.VerifyHashedPassword(account, account.PasswordHash, password) == PasswordVerificationResult.Failed)
            {
                if (account is null) Hasher.VerifyHashedPassword(Unknown, UnknownHash, password);
                return null;
            }
        }
        finally
        {
            Hashing.Release();
        }
        if (_verified.Count > 10_000) _verified.Clear();
        _verified.TryAdd(Remembered(account, password), 0);
        await NoteUseAsync(account.Id, null, cancellation);
        return account;
    }

    private static string Remembered(Account account, string password) => Sha256(account.PasswordHash + "\n" + password);

    public async Task<Account?> VerifyKeyAsync(string key, CancellationToken cancellation = default)
    {
        await using var session = store.QuerySession();
        return await KeyAccountAsync(session, key, cancellation);
    }

    // Keys are 40 random characters (about 230 bits): a fast hash is enough, unlike for chosen passwords.
    // Revocation, expiry and a disabled account are read on every request, so each takes effect at once.
    private async Task<Account?> KeyAccountAsync(IQuerySession session, string key, CancellationToken cancellation)
    {
        var dot = key.IndexOf('.');
        if (dot is not 16 || key.Length > 100) return null;
        var stored = await session.LoadAsync<ApiKey>(key[..dot], cancellation);
        if (stored is null || !stored.WorksAt(clock.GetCurrentInstant())) return null;
        var matches = CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(stored.SecretHash), Encoding.ASCII.GetBytes(Sha256(key[(dot + 1)..])));
        if (!matches) return null;
        var account = await session.LoadAsync<Account>(stored.AccountId, cancellation);
        if (account is null || account.Disabled) return null;
        await NoteUseAsync(account.Id, stored.Id, cancellation);
        return account;
    }

    public static ClaimsPrincipal Principal(Account account, string scheme) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, account.Role)],
            scheme, ClaimTypes.Name, ClaimTypes.Role));

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
