using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;
using Registry.ReadModels;

namespace Registry.Web.OData;

/// <summary>GET /odata/LifecycleEvents: the flattened history, one row per recorded event.</summary>
public sealed class LifecycleEventsController(ReadModelDbContext db, IOptions<ODataFeedOptions> options,
    ILogger<LifecycleEventsController> logger) : ReadModelController<LifecycleEventRow>(db, options, logger)
{
    public Task<IActionResult> Get(ODataQueryOptions<LifecycleEventRow> options, CancellationToken cancellation) =>
        Query(Db.LifecycleEvents, options, cancellation);

    protected override IOrderedQueryable<LifecycleEventRow> OrderByKey(IQueryable<LifecycleEventRow> rows) => rows.OrderBy(r => r.DocumentId).ThenBy(r => r.Sequence).ThenBy(r => r.Id);

    protected override IOrderedQueryable<LifecycleEventRow> ThenByKey(IOrderedQueryable<LifecycleEventRow> rows) => rows.ThenBy(r => r.Id);
}
