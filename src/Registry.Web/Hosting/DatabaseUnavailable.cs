using System.Net.Sockets;
using Npgsql;

namespace Registry.Web.Hosting;

/// <summary>
/// Recognises a failure caused by PostgreSQL being down or restarting, however Marten or Wolverine wrapped it:
/// the request did not commit and may be retried, so it is a 503, not an internal error.
/// </summary>
public static class DatabaseUnavailable
{
    // admin_shutdown, crash_shutdown, cannot_connect_now: the server is stopping, crashed or still starting.
    private static readonly HashSet<string> ServerGoingAway = ["57P01", "57P02", "57P03"];

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException postgres) return ServerGoingAway.Contains(postgres.SqlState);
            if (e is NpgsqlException { IsTransient: true } or SocketException or EndOfStreamException) return true;
        }
        return false;
    }
}
