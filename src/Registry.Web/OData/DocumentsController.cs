using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;

namespace Registry.Web.OData;

/// <summary>GET /odata/Documents: one row per styrdokument, its current state; /odata/Documents(id) one of them.</summary>
public sealed class DocumentsController(ReadModelDbContext db, IOptions<ODataFeedOptions> options,
    ILogger<DocumentsController> logger) : ReadModelController<Document>(db, options, logger)
{
    protected override string[] DefaultOrder => ["Id"];

    protected override string[] Key => ["Id"];

    public Task<IActionResult> Get(ODataQueryOptions<Document> options, CancellationToken cancellation) =>
        Query(Db.Documents, options, cancellation);

    public Task<IActionResult> Get(Guid key, ODataQueryOptions<Document> options, CancellationToken cancellation) =>
        Single(Db.Documents.Where(r => r.Id == key), options, $"{key}", cancellation);
}
