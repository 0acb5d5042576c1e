using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;
using Registry.ReadModels;

namespace Registry.Web.OData;

/// <summary>GET /odata/Consultations: remiss rounds.</summary>
public sealed class ConsultationsController(ReadModelDbContext db, IOptions<ODataFeedOptions> options,
    ILogger<ConsultationsController> logger) : ReadModelController<ConsultationRow>(db, options, logger)
{
    public Task<IActionResult> Get(ODataQueryOptions<ConsultationRow> options, CancellationToken cancellation) =>
        Query(Db.Consultations, options, cancellation);

    protected override IOrderedQueryable<ConsultationRow> OrderByKey(IQueryable<ConsultationRow> rows) => rows.OrderBy(r => r.DocumentId).ThenBy(r => r.Number);

    protected override IOrderedQueryable<ConsultationRow> ThenByKey(IOrderedQueryable<ConsultationRow> rows) => rows.ThenBy(r => r.DocumentId).ThenBy(r => r.Number);
}
