using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;

namespace Registry.Web.OData;

/// <summary>GET /odata/LifecycleEvents: the flattened history, one row per recorded event.</summary>
public sealed class LifecycleEventsController(ReadModelDbContext db, IOptions<ODataFeedOptions> options,
    ILogger<LifecycleEventsController> logger) : ReadModelController<LifecycleEvent>(db, options, logger)
{
    protected override string[] DefaultOrder => ["DocumentId", "Sequence", "Id"];

    protected override string[] Key => ["Id"];

    public Task<IActionResult> Get(ODataQueryOptions<LifecycleEvent> options, CancellationToken cancellation) =>
        Query(Db.LifecycleEvents, options, cancellation);

    public Task<IActionResult> Get(Guid key, ODataQueryOptions<LifecycleEvent> options, CancellationToken cancellation) =>
        Single(Db.LifecycleEvents.Where(r => r.Id == key), options, $"{key}", cancellation);
}
