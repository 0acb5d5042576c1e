namespace Registry.Web.OData;

/// <summary>GET /odata/LifecycleEvents: the flattened history, one row per recorded event.</summary>
public sealed class LifecycleEventsController(ReadModelServices services)
    : ReadModelController<LifecycleEvent>(services, ["DocumentId", "Sequence", "Id"], ["Id"])
{
    public Task<IActionResult> Get(Guid key, ODataQueryOptions<LifecycleEvent> options, CancellationToken cancellation) =>
        Single(Rows.Where(r => r.Id == key), options, $"{key}", cancellation);
}
