using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;
using Registry.ReadModels;

namespace Registry.Web.OData;

/// <summary>GET /odata/Documents: one row per styrdokument, its current state.</summary>
public sealed class DocumentsController(ReadModelDbContext db, IOptions<ODataFeedOptions> options,
    ILogger<DocumentsController> logger) : ReadModelController<DocumentRow>(db, options, logger)
{
    public Task<IActionResult> Get(ODataQueryOptions<DocumentRow> options, CancellationToken cancellation) =>
        Query(Db.Documents, options, cancellation);

    protected override IOrderedQueryable<DocumentRow> OrderByKey(IQueryable<DocumentRow> rows) => rows.OrderBy(r => r.Id);

    protected override IOrderedQueryable<DocumentRow> ThenByKey(IOrderedQueryable<DocumentRow> rows) => rows.ThenBy(r => r.Id);
}
