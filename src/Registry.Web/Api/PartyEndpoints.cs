using Marten;
using NodaTime;
using Registry.Adoption;
using Registry.Documents;
using Wolverine.Http;

namespace Registry.Web.Api;

public static class PartyEndpoints
{
    /// <summary>What applies to one huvudman on a day (today when no date is given): GET /api/parties/Borås?date=2026-06-01.</summary>
    [WolverineGet("/api/parties/{party}", OperationId = "party-overview")]
    [Microsoft.AspNetCore.Http.Tags(OpenApi.ApiTags.Parties)]
    [EndpointSummary("Vad gäller för en huvudman")]
    [EndpointDescription("Dokumenten som binder huvudmannen dagen `date` (i dag utan `date`), de som väntar på beslut eller inte gäller än, " +
                         "de som upphört eller lämnats, och de gemensamma utan krav på beslut hos huvudmännen. Läget per huvudman läses " +
                         "den dagen: efter sista dagen \"Utgånget\", efter uppsägningstiden \"Upphört\" (ADR 0027). Okänd huvudman eller " +
                         "felaktigt datum ger 400 som namnger `party` eller `date`.")]
    public static async Task<PartyOverview> Get(string party, string? date, IQuerySession session, IClock clock,
        CancellationToken cancellation)
    {
        var name = Parties.Require(party);
        var day = PartyOverview.RequireDate(date, clock.TodayInStockholm(), "date");
        return PartyOverview.For(name, day, await session.Query<Styrdokument>().ToListAsync(cancellation));
    }
}
