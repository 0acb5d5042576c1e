using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;

namespace Registry.Web.OData;

/// <summary>GET /odata/ValidityPeriods: one row per validity period (original, extension, revision).</summary>
public sealed class ValidityPeriodsController(ReadModelDbContext db, IOptions<ODataFeedOptions> options,
    ILogger<ValidityPeriodsController> logger) : ReadModelController<ValidityPeriod>(db, options, logger)
{
    protected override string[] DefaultOrder => ["DocumentId", "Number"];

    protected override string[] Key => ["DocumentId", "Number"];

    public Task<IActionResult> Get(ODataQueryOptions<ValidityPeriod> options, CancellationToken cancellation) =>
        Query(Db.ValidityPeriods, options, cancellation);

    public Task<IActionResult> Get(Guid keyDocumentId, int keyNumber, ODataQueryOptions<ValidityPeriod> options, CancellationToken cancellation) =>
        Single(Db.ValidityPeriods.Where(r => r.DocumentId == keyDocumentId && r.Number == keyNumber), options, $"DocumentId={keyDocumentId},Number={keyNumber}", cancellation);
}
