using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;

namespace Registry.Web.OData;

/// <summary>GET /odata/ConsultationResponses: one row per remiss recipient, answered or missing.</summary>
public sealed class ConsultationResponsesController(ReadModelDbContext db, IOptions<ODataFeedOptions> options,
    ILogger<ConsultationResponsesController> logger) : ReadModelController<ConsultationResponse>(db, options, logger)
{
    protected override string[] DefaultOrder => ["DocumentId", "ConsultationNumber", "Recipient"];

    protected override string[] Key => ["DocumentId", "ConsultationNumber", "Recipient"];

    public Task<IActionResult> Get(ODataQueryOptions<ConsultationResponse> options, CancellationToken cancellation) =>
        Query(Db.ConsultationResponses, options, cancellation);

    public Task<IActionResult> Get(Guid keyDocumentId, int keyConsultationNumber, string keyRecipient, ODataQueryOptions<ConsultationResponse> options, CancellationToken cancellation) =>
        Single(Db.ConsultationResponses.Where(r => r.DocumentId == keyDocumentId && r.ConsultationNumber == keyConsultationNumber && r.Recipient == keyRecipient), options, $"DocumentId={keyDocumentId},ConsultationNumber={keyConsultationNumber},Recipient='{keyRecipient}'", cancellation);
}
