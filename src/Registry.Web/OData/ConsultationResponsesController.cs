namespace Registry.Web.OData;

/// <summary>GET /odata/ConsultationResponses: one row per remiss recipient, answered or missing.</summary>
public sealed class ConsultationResponsesController(ReadModelServices services)
    : ReadModelController<ConsultationResponse>(services, ["DocumentId", "ConsultationNumber", "Recipient"], ["DocumentId", "ConsultationNumber", "Recipient"])
{
    public Task<IActionResult> Get(Guid keyDocumentId, int keyConsultationNumber, string keyRecipient, ODataQueryOptions<ConsultationResponse> options, CancellationToken cancellation) =>
        Single(Rows.Where(r => r.DocumentId == keyDocumentId && r.ConsultationNumber == keyConsultationNumber && r.Recipient == keyRecipient), options, $"DocumentId={keyDocumentId},ConsultationNumber={keyConsultationNumber},Recipient='{keyRecipient}'", cancellation);
}
