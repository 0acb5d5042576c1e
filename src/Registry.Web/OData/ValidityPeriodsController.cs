namespace Registry.Web.OData;

/// <summary>GET /odata/ValidityPeriods: one row per validity period (original, extension, revision).</summary>
public sealed class ValidityPeriodsController(ReadModelServices services)
    : ReadModelController<ValidityPeriod>(services, ["DocumentId", "Number"], ["DocumentId", "Number"])
{
    public Task<IActionResult> Get(Guid keyDocumentId, int keyNumber, ODataQueryOptions<ValidityPeriod> options, CancellationToken cancellation) =>
        Single(Rows.Where(r => r.DocumentId == keyDocumentId && r.Number == keyNumber), options, $"DocumentId={keyDocumentId},Number={keyNumber}", cancellation);
}
