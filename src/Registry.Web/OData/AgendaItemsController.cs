namespace Registry.Web.OData;

/// <summary>GET /odata/AgendaItems: the numbered points of the recorded meetings.</summary>
public sealed class AgendaItemsController(ReadModelServices services)
    : ReadModelController<AgendaItem>(services, ["MeetingId", "Number"], ["MeetingId", "Number"])
{
    public Task<IActionResult> Get(Guid keyMeetingId, string keyNumber, ODataQueryOptions<AgendaItem> options, CancellationToken cancellation) =>
        Single(Rows.Where(r => r.MeetingId == keyMeetingId && r.Number == keyNumber), options,
            $"MeetingId={keyMeetingId},Number={keyNumber}", cancellation);
}
