namespace Registry.Web.OData;

/// <summary>GET /odata/Decisions: decisions about documents (ställningstaganden, adoptions, extensions…).</summary>
public sealed class DecisionsController(ReadModelServices services)
    : ReadModelController<Decision>(services, ["MeetingDate", "Id"], ["Id"])
{
    public Task<IActionResult> Get(Guid key, ODataQueryOptions<Decision> options, CancellationToken cancellation) =>
        Single(Rows.Where(r => r.Id == key), options, $"{key}", cancellation);
}
