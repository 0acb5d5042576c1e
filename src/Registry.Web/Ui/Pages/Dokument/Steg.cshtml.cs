using JasperFx;
using Marten;
using Registry.Web.Ui.Forms;

namespace Registry.Web.Ui.Pages.Dokument;

/// <summary>
/// A lifecycle step as a form. The command runs through <see cref="DocumentCommandExecutor"/> like the API's,
/// at the version the page showed (a concurrent change gives a clear conflict instead of a silent overwrite),
/// with a per-form idempotency key so a double submit records once.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class StegModel(IQuerySession session, DocumentCommandExecutor executor, DocumentKinds kinds) : DocumentPageModel
{
    public Styrdokument Document { get; private set; } = null!;
    public StepForm Form { get; private set; } = null!;

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public string RequestKey { get; set; } = "";

    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string step)
    {
        if (!await Load(id, step)) return Missing();
        Version = Document.Version;
        RequestKey = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string step)
    {
        if (!await Load(id, step)) return Missing();
        if (Form.Bind(Request.Form) is not IDocumentCommand command) return Page();
        try
        {
            await executor.Execute(id, command, CommandGateway.RecordedByOf(User), Version,
                HttpContext.RequestAborted, RequestKey);
            TempData["Meddelande"] = Form.Step.Done;
            return Redirect($"/dokument/{id}");
        }
        catch (RuleViolation rule)
        {
            Form.AddError(rule.Field, rule.Message);
        }
        catch (VersionConflict conflict)
        {
            Conflict = conflict.Message;
        }
        catch (ConcurrencyException)
        {
            Conflict = "Dokumentet ändrades samtidigt av någon annan. Läs in det på nytt och försök igen.";
        }
        catch (IdempotencyKeyReused)
        {
            Conflict = "Formuläret har redan skickats med andra uppgifter. Läs in dokumentet på nytt och försök igen.";
        }
        return Page();
    }

    private async Task<bool> Load(Guid id, string step)
    {
        var definition = LifecycleSteps.Find(step);
        var document = await session.LoadAsync<Styrdokument>(id, HttpContext.RequestAborted);
        if (definition is null || document is null) return false;
        Document = document;
        Form = new StepForm(definition, await FormContext.LoadAsync(session, document, kinds, HttpContext.RequestAborted));
        return true;
    }
}
