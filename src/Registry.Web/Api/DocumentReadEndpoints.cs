using Registry.Web.OpenApi;
using Marten;
using Registry.Validity;
using Wolverine.Http;

namespace Registry.Web.Api;

public static class DocumentReadEndpoints
{
    [WolverineGet("/api/documents", OperationId = "list-documents")]
    [ApiOperation(ApiTags.Documents, "Alla styrdokument", "Varje dokument med id, titel, typ, status (med den svenska benämningen), version och giltighet, sorterade på titel.")]
    public static async Task<IReadOnlyList<DocumentSummary>> List(IQuerySession session, IClock clock, CancellationToken cancellation)
    {
        var today = clock.TodayInStockholm();
        var documents = await session.Query<Styrdokument>().OrderBy(d => d.Title).ToListAsync(cancellation);
        return documents.Select(d => (Document: d, Status: d.EffectiveStatus(today)))
            .Select(d => new DocumentSummary(d.Document.Id, d.Document.Title, d.Document.Kind, d.Status, d.Status.Label(),
                d.Document.Version, d.Document.ValidFrom, d.Document.ValidTo)).ToList();
    }

    [WolverineGet("/api/documents/{id}", OperationId = "get-document")]
    [ApiOperation(ApiTags.Documents, "Ett styrdokument med historik", "Dokumentets uppgifter och varje registrerat steg med källa, anteckning och datumprecision. `ETag` är dokumentets version, att skicka i If-Match vid nästa steg.")]
    [ProducesResponseType<DocumentWithHistory>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, HttpContext http, IClock clock, CancellationToken cancellation)
    {
        var document = await session.LoadAsync<Styrdokument>(id, cancellation) ?? throw new DocumentNotFound(id);
        var events = await session.Events.FetchStreamAsync(id, token: cancellation);
        var history = events.Where(e => e.Data is IDocumentEvent)
            .Select(e => HistoryEntry.Of(e.Version, e.EventTypeName, (IDocumentEvent)e.Data)).ToList();
        http.Response.Headers.ETag = CommandGateway.ETag(document.Version);
        return Results.Ok(DocumentWithHistory.Of(document, clock.TodayInStockholm(), history));
    }
}
