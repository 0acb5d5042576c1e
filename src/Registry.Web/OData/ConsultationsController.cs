using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;

namespace Registry.Web.OData;

/// <summary>GET /odata/Consultations: remiss rounds.</summary>
public sealed class ConsultationsController(ReadModelDbContext db, IOptions<ODataFeedOptions> options,
    ILogger<ConsultationsController> logger) : ReadModelController<Consultation>(db, options, logger)
{
    protected override string[] DefaultOrder => ["DocumentId", "Number"];

    protected override string[] Key => ["DocumentId", "Number"];

    public Task<IActionResult> Get(ODataQueryOptions<Consultation> options, CancellationToken cancellation) =>
        Query(Db.Consultations, options, cancellation);

    public Task<IActionResult> Get(Guid keyDocumentId, int keyNumber, ODataQueryOptions<Consultation> options, CancellationToken cancellation) =>
        Single(Db.Consultations.Where(r => r.DocumentId == keyDocumentId && r.Number == keyNumber), options, $"DocumentId={keyDocumentId},Number={keyNumber}", cancellation);
}
