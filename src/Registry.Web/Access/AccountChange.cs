using NodaTime;

namespace Registry.Web.Access;

/// <summary>
/// One change to an account or one of its keys: who made it and when. Append-only: rows are stored once and never
/// changed or deleted (docs/adr/0032-organisational-sign-in-and-account-administration.md).
/// </summary>
public sealed class AccountChange
{
    public Guid Id { get; set; }
    public string AccountId { get; set; } = "";
    public Instant At { get; set; }
    public string By { get; set; } = "";

    /// <summary>What changed, in Swedish, as the account page shows it.</summary>
    public string What { get; set; } = "";
}

/// <summary>
/// When an account or a key was last used to sign in. Kept apart from <see cref="Account"/> and <see cref="ApiKey"/>
/// so that recording a use never overwrites a concurrent change by an administrator.
/// </summary>
public sealed class AccessUse
{
    /// <summary><c>konto:</c> and the account id, or <c>nyckel:</c> and the key id.</summary>
    public string Id { get; set; } = "";

    public Instant At { get; set; }

    public static string OfAccount(string accountId) => "konto:" + accountId;
    public static string OfKey(string keyId) => "nyckel:" + keyId;
}
