namespace Registry.Web.Access;

public static class Policies
{
    /// <summary>The fallback policy: a signed-in reader or admin, or anyone when anonymous reading is on.</summary>
    public const string Read = "read";

    /// <summary>Writes: role admin.</summary>
    public const string Admin = "admin";
}

public static class Schemes
{
    /// <summary>The default scheme: picks one of the others by the request's headers and endpoint.</summary>
    public const string Registry = "Registry";

    public const string Cookie = "Cookies";
    public const string Basic = "Basic";
    public const string ApiKey = "ApiKey";

    /// <summary>JWT access tokens from the organisation's identity provider; only when configured (BearerTokens).</summary>
    public const string Bearer = "Bearer";

    /// <summary>UI sign-in with the organisation's account; only when configured (OrganisationSignIn).</summary>
    public const string OpenIdConnect = "OpenIdConnect";

    public const string ApiKeyHeader = "X-Api-Key";
}

/// <summary>Registry:Access in configuration.</summary>
public sealed class AccessOptions
{
    public const string Section = "Registry:Access";

    /// <summary>Anyone may read without signing in. On by default only in the embedded demo run.</summary>
    public bool AnonymousRead { get; set; }

    /// <summary>
    /// The query parameter that may carry an API key instead of the X-Api-Key header (Power BI's "Web API"
    /// credential); empty turns it off. The key is taken out of the URL before anything logs it or links to it.
    /// </summary>
    public string ApiKeyQueryParameter { get; set; } = "api_key";

    public BootstrapAccount? BootstrapAdmin { get; set; }
    public BootstrapAccount? BootstrapReader { get; set; }
}

public sealed class BootstrapAccount
{
    public string? Name { get; set; }
    public string? Password { get; set; }
}

/// <summary>Endpoint metadata: a page of the web UI, which signs in with a cookie (the API uses Basic or a key).</summary>
public sealed class UiRoute;
