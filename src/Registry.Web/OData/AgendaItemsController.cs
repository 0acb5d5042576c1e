using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;
using Registry.ReadModels;

namespace Registry.Web.OData;

/// <summary>GET /odata/AgendaItems: the numbered points of the recorded meetings.</summary>
public sealed class AgendaItemsController(ReadModelDbContext db, IOptions<ODataFeedOptions> options,
    ILogger<AgendaItemsController> logger) : ReadModelController<AgendaItemRow>(db, options, logger)
{
    public Task<IActionResult> Get(ODataQueryOptions<AgendaItemRow> options, CancellationToken cancellation) =>
        Query(Db.Set<AgendaItemRow>(), options, cancellation);

    protected override IOrderedQueryable<AgendaItemRow> OrderByKey(IQueryable<AgendaItemRow> rows) => rows.OrderBy(r => r.MeetingId).ThenBy(r => r.Number);

    protected override IOrderedQueryable<AgendaItemRow> ThenByKey(IOrderedQueryable<AgendaItemRow> rows) => rows.ThenBy(r => r.MeetingId).ThenBy(r => r.Number);
}
