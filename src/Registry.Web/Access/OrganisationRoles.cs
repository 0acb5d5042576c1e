using System.Security.Claims;

namespace Registry.Web.Access;

/// <summary>
/// Registry:Access:RoleMapping: which values of which token claim (Entra ID app roles in "roles", or group ids in
/// "groups") make a signed-in person an admin or a reader. Used for bearer tokens and for OpenID Connect sign-in.
/// </summary>
public sealed class RoleMappingOptions
{
    public const string Section = "Registry:Access:RoleMapping";

    /// <summary>The claim holding roles or groups; "roles" for Entra ID app roles, "groups" for group ids.</summary>
    public string Claim { get; set; } = "roles";

    /// <summary>The claim naming the person in the registry's history; empty: preferred_username, upn, email, name, sub.</summary>
    public string? NameClaim { get; set; }

    public List<string> Admin { get; set; } = [];
    public List<string> Reader { get; set; } = [];
}

/// <summary>The organisation's identity provider, for bearer tokens and for UI sign-in.</summary>
public abstract class IdentityProviderOptions
{
    /// <summary>
    /// Where the provider's discovery document is (issuer, endpoints, signing keys), e.g.
    /// https://login.microsoftonline.com/&lt;tenant&gt;/v2.0 for Entra ID.
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>Only for tests against a provider on loopback over plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}

/// <summary>Turns a token's claims into the registry's principal: a name and the mapped role (admin wins), no other role.</summary>
public static class OrganisationRoles
{
    /// <summary>Marks a principal signed in by the organisation (not a local account) for <see cref="AccessSetup"/>.</summary>
    public const string Marker = "registry:organisation";

    private static readonly string[] NameClaims = ["preferred_username", "upn", "email", "name", "sub"];

    public static ClaimsPrincipal Map(ClaimsPrincipal token, RoleMappingOptions mapping, string authenticationType)
    {
        var claims = token.Claims.ToList();
        var name = (string.IsNullOrWhiteSpace(mapping.NameClaim) ? NameClaims : [mapping.NameClaim])
            .Select(type => claims.FirstOrDefault(c => c.Type == type)?.Value)
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
        var values = claims.Where(c => c.Type == mapping.Claim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        string? role = mapping.Admin.Any(values.Contains) ? Roles.Admin
            : mapping.Reader.Any(values.Contains) ? Roles.Reader
            : null;
        var identity = new ClaimsIdentity(authenticationType, ClaimTypes.Name, ClaimTypes.Role);
        if (name is not null) identity.AddClaim(new Claim(ClaimTypes.Name, name));
        if (role is not null) identity.AddClaim(new Claim(ClaimTypes.Role, role));
        identity.AddClaim(new Claim(Marker, claims.FirstOrDefault(c => c.Type == "iss")?.Value ?? "oidc"));
        // Keep the token's own claims under their own names: they never count as roles (the role type is ClaimTypes.Role).
        identity.AddClaims(claims.Where(c => c.Type is not (ClaimTypes.Name or ClaimTypes.Role)).Select(c => new Claim(c.Type, c.Value)));
        return new ClaimsPrincipal(identity);
    }
}
