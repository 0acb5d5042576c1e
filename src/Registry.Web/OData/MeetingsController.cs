namespace Registry.Web.OData;

/// <summary>GET /odata/Meetings: the recorded meetings (sammanträden) of SRO, VVG and other bodies.</summary>
public sealed class MeetingsController(ReadModelServices services) : ReadModelController<Meeting>(services, ["Date", "Id"], ["Id"])
{
    public Task<IActionResult> Get(Guid key, ODataQueryOptions<Meeting> options, CancellationToken cancellation) =>
        Single(Rows.Where(r => r.Id == key), options, $"{key}", cancellation);
}
