using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;
using Registry.ReadModels;

namespace Registry.Web.OData;

/// <summary>GET /odata/Positions: each position taken under a meeting's point, per document, in the minutes' words.</summary>
public sealed class PositionsController(ReadModelDbContext db, IOptions<ODataFeedOptions> options,
    ILogger<PositionsController> logger) : ReadModelController<PositionRow>(db, options, logger)
{
    public Task<IActionResult> Get(ODataQueryOptions<PositionRow> options, CancellationToken cancellation) =>
        Query(Db.Set<PositionRow>(), options, cancellation);

    protected override IOrderedQueryable<PositionRow> OrderByKey(IQueryable<PositionRow> rows) => rows.OrderBy(r => r.MeetingDate).ThenBy(r => r.Id);

    protected override IOrderedQueryable<PositionRow> ThenByKey(IOrderedQueryable<PositionRow> rows) => rows.ThenBy(r => r.Id);
}
