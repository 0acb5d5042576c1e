using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;
using Registry.ReadModels;

namespace Registry.Web.OData;

/// <summary>GET /odata/ConsultationResponses: one row per remiss recipient, answered or missing.</summary>
public sealed class ConsultationResponsesController(ReadModelDbContext db, IOptions<ODataFeedOptions> options,
    ILogger<ConsultationResponsesController> logger) : ReadModelController<ConsultationResponseRow>(db, options, logger)
{
    public Task<IActionResult> Get(ODataQueryOptions<ConsultationResponseRow> options, CancellationToken cancellation) =>
        Query(Db.ConsultationResponses, options, cancellation);

    protected override IOrderedQueryable<ConsultationResponseRow> OrderByKey(IQueryable<ConsultationResponseRow> rows) => rows.OrderBy(r => r.DocumentId).ThenBy(r => r.ConsultationNumber).ThenBy(r => r.Recipient);

    protected override IOrderedQueryable<ConsultationResponseRow> ThenByKey(IOrderedQueryable<ConsultationResponseRow> rows) => rows.ThenBy(r => r.DocumentId).ThenBy(r => r.ConsultationNumber).ThenBy(r => r.Recipient);
}
