namespace Registry.Web.Access;

/// <summary>Someone (or some client, e.g. an Excel workbook) who may sign in. Only the password's hash is stored.</summary>
public sealed class Account
{
    /// <summary>The name in lower case: names are matched case-insensitively.</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";
    public string Role { get; set; } = Roles.Reader;
    public string PasswordHash { get; set; } = "";
    public Instant CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>A disabled account cannot sign in, its keys stop working and its UI sessions end.</summary>
    public bool Disabled { get; set; }

    public static string IdFor(string name) => name.Trim().ToLowerInvariant();
}

/// <summary>An API key of an account: sent as X-Api-Key or as the password of HTTP Basic. Only its hash is stored.</summary>
public sealed class ApiKey
{
    /// <summary>The public part of the key (before the dot); the secret part follows it.</summary>
    public string Id { get; set; } = "";

    public string AccountId { get; set; } = "";
    public string SecretHash { get; set; } = "";
    public string? Label { get; set; }
    public Instant CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>The key stops working at this instant (the start of the day after its last valid day); null: no expiry.</summary>
    public Instant? ExpiresAt { get; set; }

    public Instant? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }

    public bool WorksAt(Instant now) => RevokedAt is null && (ExpiresAt is not { } expires || now < expires);
}

public static class Roles
{
    /// <summary>May record lifecycle steps (write) and read.</summary>
    public const string Admin = "admin";

    /// <summary>May read: the UI, the API's GETs, OData and calendar feeds.</summary>
    public const string Reader = "reader";

    public static readonly IReadOnlyList<string> All = [Admin, Reader];

    public static string Label(string role) => role == Admin ? "administratör" : "läsare";
}
