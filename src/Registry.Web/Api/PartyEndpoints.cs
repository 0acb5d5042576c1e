using Marten;
using NodaTime;
using Registry.Adoption;
using Registry.Documents;
using Wolverine.Http;

namespace Registry.Web.Api;

public static class PartyEndpoints
{
    /// <summary>What applies to one huvudman on a day (today when no date is given): GET /api/parties/Borås?date=2026-06-01.</summary>
    [WolverineGet("/api/parties/{party}")]
    public static async Task<PartyOverview> Get(string party, string? date, IQuerySession session, IClock clock,
        CancellationToken cancellation)
    {
        var name = Parties.Require(party);
        var day = PartyOverview.RequireDate(date, clock.TodayInStockholm(), "date");
        return PartyOverview.For(name, day, await session.Query<Styrdokument>().ToListAsync(cancellation));
    }
}
