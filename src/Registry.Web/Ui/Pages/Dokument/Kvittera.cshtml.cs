using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Registry.Warnings;
using Registry.Web.Access;
using Registry.Web.Api;

namespace Registry.Web.Ui.Pages.Dokument;

/// <summary>
/// The "Kvittera" button of a warning on the document page: records who acknowledged it through the same
/// <see cref="WarningStore.Acknowledge"/> as POST /api/warnings/{id}/acknowledge, then back to the document.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class KvitteraModel(WarningStore warnings, IClock clock) : PageModel
{
    public IActionResult OnGet(Guid id) => Redirect($"/dokument/{id}");

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
