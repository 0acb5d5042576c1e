using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;

namespace Registry.Web.OData;

/// <summary>GET /odata/Decisions: decisions about documents (ställningstaganden, adoptions, extensions…).</summary>
public sealed class DecisionsController(ReadModelDbContext db, IOptions<ODataFeedOptions> options,
    ILogger<DecisionsController> logger) : ReadModelController<Decision>(db, options, logger)
{
    protected override string[] DefaultOrder => ["MeetingDate", "Id"];

    protected override string[] Key => ["Id"];

    public Task<IActionResult> Get(ODataQueryOptions<Decision> options, CancellationToken cancellation) =>
        Query(Db.Decisions, options, cancellation);

    public Task<IActionResult> Get(Guid key, ODataQueryOptions<Decision> options, CancellationToken cancellation) =>
        Single(Db.Decisions.Where(r => r.Id == key), options, $"{key}", cancellation);
}
