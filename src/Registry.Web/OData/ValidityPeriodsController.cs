using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;
using Registry.ReadModels;

namespace Registry.Web.OData;

/// <summary>GET /odata/ValidityPeriods: one row per validity period (original, extension, revision).</summary>
public sealed class ValidityPeriodsController(ReadModelDbContext db, IOptions<ODataFeedOptions> options,
    ILogger<ValidityPeriodsController> logger) : ReadModelController<ValidityPeriodRow>(db, options, logger)
{
    public Task<IActionResult> Get(ODataQueryOptions<ValidityPeriodRow> options, CancellationToken cancellation) =>
        Query(Db.ValidityPeriods, options, cancellation);

    protected override IOrderedQueryable<ValidityPeriodRow> OrderByKey(IQueryable<ValidityPeriodRow> rows) => rows.OrderBy(r => r.DocumentId).ThenBy(r => r.Number);

    protected override IOrderedQueryable<ValidityPeriodRow> ThenByKey(IOrderedQueryable<ValidityPeriodRow> rows) => rows.ThenBy(r => r.DocumentId).ThenBy(r => r.Number);
}
