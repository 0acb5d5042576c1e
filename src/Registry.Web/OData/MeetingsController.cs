using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;
using Registry.ReadModels;

namespace Registry.Web.OData;

/// <summary>GET /odata/Meetings: the recorded meetings (sammanträden) of SRO, VVG and other bodies.</summary>
public sealed class MeetingsController(ReadModelDbContext db, IOptions<ODataFeedOptions> options,
    ILogger<MeetingsController> logger) : ReadModelController<MeetingRow>(db, options, logger)
{
    public Task<IActionResult> Get(ODataQueryOptions<MeetingRow> options, CancellationToken cancellation) =>
        Query(Db.Set<MeetingRow>(), options, cancellation);

    protected override IOrderedQueryable<MeetingRow> OrderByKey(IQueryable<MeetingRow> rows) => rows.OrderBy(r => r.Date).ThenBy(r => r.Id);

    protected override IOrderedQueryable<MeetingRow> ThenByKey(IOrderedQueryable<MeetingRow> rows) => rows.ThenBy(r => r.Id);
}
