namespace Registry.Web.OData;

/// <summary>GET /odata/FollowUps: planned follow-ups, done or not, with Overdue as of today.</summary>
public sealed class FollowUpsController(ReadModelServices services)
    : ReadModelController<FollowUp>(services, ["DueOn", "DocumentId", "Key"], ["DocumentId", "Key"])
{
    public Task<IActionResult> Get(Guid keyDocumentId, string keyKey, ODataQueryOptions<FollowUp> options, CancellationToken cancellation) =>
        Single(Rows.Where(f => f.DocumentId == keyDocumentId && f.Key == keyKey), options,
            $"DocumentId={keyDocumentId},Key='{keyKey}'", cancellation);
}
