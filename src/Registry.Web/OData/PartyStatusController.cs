namespace Registry.Web.OData;

/// <summary>GET /odata/PartyStatus: one row per huvudman a document concerns (its decision, in-force period, notice).</summary>
public sealed class PartyStatusController(ReadModelServices services)
    : ReadModelController<PartyStatus>(services, ["DocumentId", "Party"], ["DocumentId", "Party"])
{
    public Task<IActionResult> Get(Guid keyDocumentId, string keyParty, ODataQueryOptions<PartyStatus> options, CancellationToken cancellation) =>
        Single(Rows.Where(r => r.DocumentId == keyDocumentId && r.Party == keyParty), options, $"DocumentId={keyDocumentId},Party='{keyParty}'", cancellation);
}
