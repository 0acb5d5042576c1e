namespace Registry.Web.OData;

/// <summary>GET /odata/Warnings: the warnings issued, with their delivery and acknowledgement.</summary>
public sealed class WarningsController(ReadModelServices services)
    : ReadModelController<Warning>(services, ["IssuedAt", "Id"], ["Id"])
{
    public Task<IActionResult> Get(Guid key, ODataQueryOptions<Warning> options, CancellationToken cancellation) =>
        Single(Rows.Where(r => r.Id == key), options, $"{key}", cancellation);
}
