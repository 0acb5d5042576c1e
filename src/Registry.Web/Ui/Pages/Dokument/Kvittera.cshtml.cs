namespace Registry.Web.Ui.Pages.Dokument;

/// <summary>
/// Acknowledging a warning: the page the mail links to (after sign-in) shows the warning as of today and asks for
/// confirmation; the post, also made by the "Kvittera" button on the document page, records who acknowledged it
/// through the same <see cref="WarningStore.Acknowledge"/> as POST /api/warnings/{id}/acknowledge.
/// A GET never acknowledges: mail scanners follow links.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class KvitteraModel(WarningStore warnings, WarningSettings settings, IClock clock) : PageModel
{
    public Guid DocumentId { get; private set; }
    public WarningNotice? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid warningId)
    {
        DocumentId = id;
        if (await warnings.Get(warningId, HttpContext.RequestAborted) is { } warning && warning.DocumentId == id)
        {
            Notice = WarningNotice.For(warning, clock.TodayInStockholm(),
                settings.PublicBaseAddress);
        }
        else
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid warningId)
    {
        var cancellation = HttpContext.RequestAborted;
        // Only a warning of this document: the URL names both.
        if (await warnings.Get(warningId, cancellation) is not { } warning || warning.DocumentId != id)
        {
            TempData["Meddelande"] = "Varningen finns inte för det här dokumentet.";
            return Redirect($"/dokument/{id}");
        }
        var by = CommandGateway.RecordedByOf(User);
        TempData["Meddelande"] = await warnings.Acknowledge(warningId, by, clock.GetCurrentInstant(), cancellation) switch
        {
            AcknowledgeOutcome.Acknowledged => "Varningen är kvitterad.",
            AcknowledgeOutcome.AlreadyAcknowledged => "Varningen var redan kvitterad.",
            _ => "Varningen finns inte för det här dokumentet.",
        };
        return Redirect($"/dokument/{id}");
    }
}
