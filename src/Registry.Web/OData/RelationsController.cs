namespace Registry.Web.OData;

/// <summary>GET /odata/Relations: how documents relate (underavtal till, bilaga till, hör till, ersätter…).</summary>
public sealed class RelationsController(ReadModelServices services)
    : ReadModelController<Relation>(services, ["FromId", "ToId", "Kind"], ["FromId", "ToId", "Kind"])
{
    public Task<IActionResult> Get(Guid keyFromId, Guid keyToId, string keyKind, ODataQueryOptions<Relation> options, CancellationToken cancellation) =>
        Single(Rows.Where(r => r.FromId == keyFromId && r.ToId == keyToId && r.Kind == keyKind), options,
            $"FromId={keyFromId},ToId={keyToId},Kind='{keyKind}'", cancellation);
}
