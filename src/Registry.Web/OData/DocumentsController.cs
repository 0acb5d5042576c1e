namespace Registry.Web.OData;

/// <summary>GET /odata/Documents: one row per styrdokument, its current state; /odata/Documents(id) one of them.</summary>
public sealed class DocumentsController(ReadModelServices services)
    : ReadModelController<Document>(services, ["Id"], ["Id"])
{
    public Task<IActionResult> Get(Guid key, ODataQueryOptions<Document> options, CancellationToken cancellation) =>
        Single(Rows.Where(r => r.Id == key), options, $"{key}", cancellation);
}
