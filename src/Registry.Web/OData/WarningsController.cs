using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;

namespace Registry.Web.OData;

/// <summary>GET /odata/Warnings: the warnings issued, with their delivery and acknowledgement.</summary>
public sealed class WarningsController(ReadModelDbContext db, IOptions<ODataFeedOptions> options,
    ILogger<WarningsController> logger) : ReadModelController<WarningRow>(db, options, logger)
{
    public Task<IActionResult> Get(ODataQueryOptions<WarningRow> options, CancellationToken cancellation) =>
        Query(Db.Warnings, options, cancellation);

    protected override IOrderedQueryable<WarningRow> OrderByKey(IQueryable<WarningRow> rows) => rows.OrderBy(r => r.IssuedAt).ThenBy(r => r.Id);

    protected override IOrderedQueryable<WarningRow> ThenByKey(IOrderedQueryable<WarningRow> rows) => rows.ThenBy(r => r.Id);
}
