namespace Registry.Web.OData;

/// <summary>GET /odata/Consultations: remiss rounds.</summary>
public sealed class ConsultationsController(ReadModelServices services)
    : ReadModelController<Consultation>(services, ["DocumentId", "Number"], ["DocumentId", "Number"])
{
    public Task<IActionResult> Get(Guid keyDocumentId, int keyNumber, ODataQueryOptions<Consultation> options, CancellationToken cancellation) =>
        Single(Rows.Where(r => r.DocumentId == keyDocumentId && r.Number == keyNumber), options, $"DocumentId={keyDocumentId},Number={keyNumber}", cancellation);
}
