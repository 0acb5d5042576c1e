using Marten;
using Registry.Web.Ui.Forms;

namespace Registry.Web.Ui.Pages.Dokument;

/// <summary>Register a new styrdokument as a draft.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class NyttModel(IQuerySession session, DocumentCommandExecutor executor, DocumentKinds kinds) : PageModel
{
    public StepForm Form { get; private set; } = null!;

    [BindProperty]
    public string RequestKey { get; set; } = "";

    public async Task OnGetAsync()
    {
        await Load();
        RequestKey = Guid.NewGuid().ToString("N");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await Load();
        if (Form.Bind(Request.Form) is not DraftDocument command) return Page();
        try
        {
            var result = await executor.Start(Guid.CreateVersion7(), command, CommandGateway.RecordedByOf(User),
                HttpContext.RequestAborted, RequestKey);
            TempData["Meddelande"] = DraftDocument.Step.Done;
            return Redirect($"/dokument/{result.DocumentId}");
        }
        catch (RuleViolation rule)
        {
            Form.AddError(rule.Field, rule.Message);
        }
        catch (IdempotencyKeyReused)
        {
            Form.AddError(null, "Formuläret har redan skickats med andra uppgifter. Ladda om sidan och försök igen.");
        }
        return Page();
    }

    private async Task Load()
    {
        Form = new StepForm(DraftDocument.Step, await FormContext.LoadAsync(session, null, kinds, HttpContext.RequestAborted));
    }
}
