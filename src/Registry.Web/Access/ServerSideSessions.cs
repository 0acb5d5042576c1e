using Marten;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Registry.Web.Access;

/// <summary>A signed-in UI session, kept in PostgreSQL: the cookie only names it, so signing out ends it everywhere.</summary>
public sealed class UiSession
{
    public string Id { get; set; } = "";
    public string Account { get; set; } = "";
    public string Ticket { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>
/// The cookie handler's session store (issue 13, point 7): a cookie saved before sign-out no longer works after it,
/// on any node. Expired sessions are removed when a new one starts, by the framework's own timestamps.
/// </summary>
internal sealed class ServerSideSessions(IDocumentStore store) : ITicketStore
{
    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var session = store.LightweightSession();
        session.Store(ToSession(id, ticket));
        if (ticket.Properties.IssuedUtc is { } issued) session.DeleteWhere<UiSession>(s => s.ExpiresAt < issued);
        await session.SaveChangesAsync();
        return id;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var session = store.LightweightSession();
        // A session removed meanwhile (signed out elsewhere) is not brought back by a late renewal.
        if (await session.LoadAsync<UiSession>(key) is null) return;
        session.Store(ToSession(key, ticket));
        await session.SaveChangesAsync();
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var session = store.QuerySession();
        var stored = await session.LoadAsync<UiSession>(key);
        return stored is null ? null : TicketSerializer.Default.Deserialize(Convert.FromBase64String(stored.Ticket));
    }

    public async Task RemoveAsync(string key)
    {
        await using var session = store.LightweightSession();
        session.Delete<UiSession>(key);
        await session.SaveChangesAsync();
    }

    private static UiSession ToSession(string id, AuthenticationTicket ticket) => new()
    {
        Id = id,
        Account = ticket.Principal.Identity?.Name ?? "",
        Ticket = Convert.ToBase64String(TicketSerializer.Default.Serialize(ticket)),
        ExpiresAt = ticket.Properties.ExpiresUtc ?? DateTimeOffset.MaxValue,
    };

    public static void Use(IServiceCollection services)
    {
        services.AddSingleton<ServerSideSessions>();
        services.AddOptions<CookieAuthenticationOptions>(Schemes.Cookie)
            .Configure<ServerSideSessions>((options, sessions) => options.SessionStore = sessions);
    }
}
