using Marten;
using NodaTime;
using Registry.Documents;

namespace Registry.Web.Access;

/// <summary>An account as the administration pages list it, with its keys and when each was last used.</summary>
public sealed record AccountOverview(Account Account, Instant? LastUsed, IReadOnlyList<KeyOverview> Keys);

public sealed record KeyOverview(ApiKey Key, Instant? LastUsed);

/// <summary>
/// What an administrator does to accounts and keys on the /konton pages. Each change is stored together with an
/// <see cref="AccountChange"/> naming who made it and when.
/// </summary>
public sealed class AccountAdministration(IDocumentStore store, IClock clock, AccountService accounts)
{
    public async Task<IReadOnlyList<AccountOverview>> OverviewAsync(CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        var all = await session.Query<Account>().OrderBy(a => a.Id).ToListAsync(cancellation);
        var keys = await session.Query<ApiKey>().OrderBy(k => k.CreatedAt).ToListAsync(cancellation);
        var uses = (await session.Query<AccessUse>().ToListAsync(cancellation)).ToDictionary(u => u.Id, u => u.At);
        Instant? Used(string id) => uses.TryGetValue(id, out var at) ? at : null;
        return all.Select(a => new AccountOverview(a, Used(AccessUse.OfAccount(a.Id)),
                keys.Where(k => k.AccountId == a.Id).Select(k => new KeyOverview(k, Used(AccessUse.OfKey(k.Id)))).ToList()))
            .ToList();
    }

    public async Task<IReadOnlyList<AccountChange>> ChangesAsync(string accountId, CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        return await session.Query<AccountChange>().Where(c => c.AccountId == accountId)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).ToListAsync(cancellation);
    }

    /// <summary>A new account; refused when the name is taken. Without a password one is generated (shown once).</summary>
    public async Task<string> CreateAsync(string name, string role, string? password, string by, CancellationToken cancellation)
    {
        Rule.Require(await accounts.FindAsync(name, cancellation) is null, $"Det finns redan ett konto som heter {name.Trim()}.", "name");
        var chosen = string.IsNullOrEmpty(password) ? AccountService.GeneratePassword() : password;
        await accounts.SaveAsync(name, role, chosen, by, cancellation);
        return chosen;
    }

    public Task ChangeRoleAsync(string accountId, string role, string by, CancellationToken cancellation) =>
        Change(accountId, by, cancellation, (account, _) =>
        {
            Rule.Require(Roles.All.Contains(role), $"Rollen måste vara {string.Join(" eller ", Roles.All)}.", "role");
            Rule.Require(account.Role != role, $"Kontot har redan rollen {Roles.Label(role)}.", "role");
            Rule.Require(!IsSelf(account, by), "Du kan inte ändra rollen för ditt eget konto.", "role");
            var before = account.Role;
            account.Role = role;
            return $"Rollen ändrades från {Roles.Label(before)} till {Roles.Label(role)}.";
        });

    /// <summary>Disable (or enable again) an account. Disabling also ends its UI sessions.</summary>
    public Task SetDisabledAsync(string accountId, bool disabled, string by, CancellationToken cancellation) =>
        Change(accountId, by, cancellation, (account, session) =>
        {
            Rule.Require(account.Disabled != disabled,
                disabled ? "Kontot är redan inaktiverat." : "Kontot är redan aktivt.", "disabled");
            Rule.Require(!IsSelf(account, by), "Du kan inte inaktivera ditt eget konto.", "disabled");
            account.Disabled = disabled;
            if (disabled) session.DeleteWhere<UiSession>(s => s.Account == account.Name);
            return disabled ? "Kontot inaktiverades." : "Kontot aktiverades igen.";
        });

    public Task SetKeyExpiryAsync(string keyId, LocalDate? lastDay, string by, CancellationToken cancellation) =>
        ChangeKey(keyId, by, cancellation, key =>
        {
            key.ExpiresAt = KeyExpiry.From(lastDay, clock);
            return $"API-nyckel {key.Id} är nu {KeyExpiry.Show(lastDay)}.";
        });

    public Task RevokeKeyAsync(string keyId, string by, CancellationToken cancellation) =>
        ChangeKey(keyId, by, cancellation, key =>
        {
            Rule.Require(key.RevokedAt is null, "Nyckeln är redan återkallad.", "key");
            key.RevokedAt = clock.GetCurrentInstant();
            key.RevokedBy = by;
            return $"API-nyckel {key.Id} återkallades.";
        });

    private static bool IsSelf(Account account, string by) => Account.IdFor(by) == account.Id;

    private async Task Change(string accountId, string by, CancellationToken cancellation,
        Func<Account, IDocumentSession, string> change)
    {
        await using var session = store.LightweightSession();
        var account = await session.LoadAsync<Account>(accountId, cancellation)
            ?? throw new RuleViolation("Kontot finns inte.", "name");
        var what = change(account, session);
        session.Store(account);
        AccountChanges.Record(session, clock, account.Id, by, what);
        await session.SaveChangesAsync(cancellation);
    }

    private async Task ChangeKey(string keyId, string by, CancellationToken cancellation, Func<ApiKey, string> change)
    {
        await using var session = store.LightweightSession();
        var key = await session.LoadAsync<ApiKey>(keyId, cancellation) ?? throw new RuleViolation("Nyckeln finns inte.", "key");
        var what = change(key);
        session.Store(key);
        AccountChanges.Record(session, clock, key.AccountId, by, what);
        await session.SaveChangesAsync(cancellation);
    }
}
