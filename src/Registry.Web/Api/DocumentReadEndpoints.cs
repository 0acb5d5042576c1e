using Marten;
using NodaTime;
using Registry.Documents;
using Wolverine.Http;

namespace Registry.Web.Api;

public sealed record DocumentSummary(Guid Id, string Title, string Kind, DocumentStatus Status, string StatusLabel,
    long Version, LocalDate? ValidFrom, LocalDate? ValidTo);

public sealed record HistoryEntry(long Sequence, string Type, Instant RecordedAt, string RecordedBy, object Data);

public sealed record DocumentWithHistory(Styrdokument Document, string StatusLabel, IReadOnlyList<HistoryEntry> History);

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
    public static async Task<IResult> Get(Guid id, IQuerySession session, HttpContext http, CancellationToken cancellation)
    {
        var document = await session.LoadAsync<Styrdokument>(id, cancellation) ?? throw new DocumentNotFound(id);
        var events = await session.Events.FetchStreamAsync(id, token: cancellation);
        var history = events.Select(e => new HistoryEntry(e.Version, e.EventTypeName,
            ((IDocumentEvent)e.Data).Recorded.At, ((IDocumentEvent)e.Data).Recorded.By, e.Data)).ToList();
        http.Response.Headers.ETag = CommandGateway.ETag(document.Version);
        return Results.Ok(new DocumentWithHistory(document, document.Status.Label(), history));
    }
}
