using Marten;
using Wolverine.Http;

namespace Registry.Web.Api;

public static class DocumentReadEndpoints
{
    [WolverineGet("/api/documents")]
    public static async Task<IReadOnlyList<DocumentSummary>> List(IQuerySession session, CancellationToken cancellation)
    {
        var documents = await session.Query<Styrdokument>().OrderBy(d => d.Title).ToListAsync(cancellation);
        return documents.Select(d => new DocumentSummary(d.Id, d.Title, d.Kind, d.Status, d.Status.Label(), d.Version,
            d.ValidFrom, d.ValidTo)).ToList();
    }

    [WolverineGet("/api/documents/{id}")]
    [ProducesResponseType<DocumentWithHistory>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, HttpContext http, CancellationToken cancellation)
    {
        var document = await session.LoadAsync<Styrdokument>(id, cancellation) ?? throw new DocumentNotFound(id);
        var events = await session.Events.FetchStreamAsync(id, token: cancellation);
        var history = events.Where(e => e.Data is IDocumentEvent).Select(e =>
        {
            var data = (IDocumentEvent)e.Data;
            var description = data.Describe();
            return new HistoryEntry(e.Version, e.EventTypeName, data.Recorded.At, data.Recorded.By, description.Label,
                description.Summary, data, Registry.Provenance.Source.Show(description.Source), description.Note,
                description.BusinessDate, description.BusinessDatePrecision);
        }).ToList();
        http.Response.Headers.ETag = CommandGateway.ETag(document.Version);
        return Results.Ok(new DocumentWithHistory(DocumentDetails.Of(document), document.Status.Label(), history));
    }
}
