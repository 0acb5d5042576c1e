namespace Registry.Web.OData;

/// <summary>GET /odata/Positions: each position taken under a meeting's point, per document, in the minutes' words.</summary>
public sealed class PositionsController(ReadModelServices services) : ReadModelController<Position>(services, ["MeetingDate", "Id"], ["Id"])
{
    public Task<IActionResult> Get(Guid key, ODataQueryOptions<Position> options, CancellationToken cancellation) =>
        Single(Rows.Where(r => r.Id == key), options, $"{key}", cancellation);
}
