using Marten;
using Registry.Documents;
using Registry.Sheets;
using Registry.Web.Access;
using Registry.Web.Api;
using Registry.Web.Ui.Pages;

namespace Registry.Web.Sheets;

/// <summary>
/// Spreadsheets (issue 16, ADR 0031). The API: <c>POST /api/import/dry-run?fil=register.xlsx</c> with the file as the
/// body reports every row and returns a token; <c>POST /api/import/{token}</c> imports that file. The UI's exports:
/// <c>/export/oversikt.xlsx</c> (with the overview's filters) and <c>/dokument/{id}/historik.xlsx</c>.
/// </summary>
public static class SheetEndpoints
{
    public const string ImportRoute = "/api/import";
    public const string OverviewExport = "/export/oversikt.xlsx";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapSheets(this IEndpointRouteBuilder app)
    {
        var import = app.MapGroup(ImportRoute).WithTags(Registry.Web.OpenApi.ApiTags.Import);
        import.MapPost("dry-run", async (HttpContext http, SheetImports imports, string? fil) =>
                Results.Ok(await imports.Preview(await ReadUpload(http.Request, http.RequestAborted), fil ?? "register",
                    CommandGateway.RecordedByOf(http.User), http.RequestAborted)))
            .WithName("import-dry-run").WithSummary("Förhandsgranska import av ett register (.xlsx eller .csv)")
            .WithDescription("Filen skickas som begärans innehåll; fil= anger filnamnet, som blir källan för varje importerad uppgift. " +
                             "Inget registreras: svaret redovisar varje rad (skapas, uppdateras, oförändrad, avvisas med skäl och cell) " +
                             "och en token som POST /api/import/{token} sedan importerar.")
            .Accepts<IFormFile>("application/octet-stream", XlsxType, "text/csv")
            .Produces<ImportReport>().ProducesValidationProblem();
        import.MapPost("{token:guid}", async (Guid token, HttpContext http, SheetImports imports) =>
                Results.Ok(await imports.Apply(token, CommandGateway.RecordedByOf(http.User), http.RequestAborted)))
            .WithName("import-apply").WithSummary("Importera en förhandsgranskad fil")
            .WithDescription("Registrerar de rader som förhandsgranskningen godtog, i en transaktion, med källan \"import <fil>, rad N\". " +
                             "En token kan användas en gång; en okänd eller redan använd token ger 404.")
            .Produces<ImportReport>().ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet(OverviewExport, async (IQuerySession session, IClock clock, string? sok, string? typ, DocumentStatus? status, string? organ,
                CancellationToken cancellation) =>
            {
                var today = clock.TodayInStockholm();
                var documents = await IndexModel.Listed(session, sok, typ, status, organ, today, cancellation);
                return Xlsx(output => RegisterExport.Overview(output, documents, today), "styrdokument.xlsx");
            })
            .WithMetadata(new UiRoute()).ExcludeFromDescription();
        app.MapGet("/dokument/{id:guid}/historik.xlsx", async (Guid id, IQuerySession session, CancellationToken cancellation) =>
            {
                var document = await session.LoadAsync<Styrdokument>(id, cancellation) ?? throw new DocumentNotFound(id);
                var events = (await session.Events.FetchStreamAsync(id, token: cancellation))
                    .Where(e => e.Data is IDocumentEvent).Select(e => (e.Version, (IDocumentEvent)e.Data)).ToList();
                return Xlsx(output => RegisterExport.History(output, document, events), "historik.xlsx");
            })
            .WithMetadata(new UiRoute()).ExcludeFromDescription();
        return app;
    }

    /// <summary>The uploaded file, refused unread when it says it is too big, and refused once it grows too big.</summary>
    public static async Task<byte[]> ReadUpload(HttpRequest request, CancellationToken cancellation)
    {
        if (request.ContentLength is { } length) SheetFile.RequireSize(length);
        return await SheetFile.ReadBounded(request.Body, cancellation);
    }

    private static IResult Xlsx(Action<Stream> write, string fileName)
    {
        var output = new MemoryStream();
        write(output);
        output.Position = 0;
        return Results.File(output, XlsxType, fileName);
    }
}
