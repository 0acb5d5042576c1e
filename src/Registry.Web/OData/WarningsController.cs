using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;

namespace Registry.Web.OData;

/// <summary>GET /odata/Warnings: the warnings issued, with their delivery and acknowledgement.</summary>
public sealed class WarningsController(ReadModelDbContext db, IOptions<ODataFeedOptions> options,
    ILogger<WarningsController> logger) : ReadModelController<Warning>(db, options, logger)
{
    protected override string[] DefaultOrder => ["IssuedAt", "Id"];

    protected override string[] Key => ["Id"];

    public Task<IActionResult> Get(ODataQueryOptions<Warning> options, CancellationToken cancellation) =>
        Query(Db.Warnings, options, cancellation);

    public Task<IActionResult> Get(Guid key, ODataQueryOptions<Warning> options, CancellationToken cancellation) =>
        Single(Db.Warnings.Where(r => r.Id == key), options, $"{key}", cancellation);
}
