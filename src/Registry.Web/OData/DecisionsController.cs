using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;
using Registry.ReadModels;

namespace Registry.Web.OData;

/// <summary>GET /odata/Decisions: decisions about documents (ställningstaganden, adoptions, extensions…).</summary>
public sealed class DecisionsController(ReadModelDbContext db, IOptions<ODataFeedOptions> options,
    ILogger<DecisionsController> logger) : ReadModelController<DecisionRow>(db, options, logger)
{
    public Task<IActionResult> Get(ODataQueryOptions<DecisionRow> options, CancellationToken cancellation) =>
        Query(Db.Decisions, options, cancellation);

    protected override IOrderedQueryable<DecisionRow> OrderByKey(IQueryable<DecisionRow> rows) => rows.OrderBy(r => r.MeetingDate).ThenBy(r => r.Id);

    protected override IOrderedQueryable<DecisionRow> ThenByKey(IOrderedQueryable<DecisionRow> rows) => rows.ThenBy(r => r.Id);
}
