using Marten;
using Registry.Remiss;
using Registry.Web.Ui.Forms;

namespace Registry.Web.Ui.Pages.Remisspaket;

/// <summary>"Skicka remisspaket": one remiss over several documents (ADR 0035), the send-remiss fields plus a name and the documents.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class NyttModel(IQuerySession session, RemissPackageRecorder recorder, DocumentKinds kinds) : PageModel
{
    public StepForm Form { get; private set; } = null!;

    /// <summary>The documents that can go on remiss now (drafts and pending revisions without an open remiss).</summary>
    public IReadOnlyList<(Guid Id, string Title)> Candidates { get; private set; } = [];

    [BindProperty(Name = "name")]
    public string Name { get; set; } = "";

    [BindProperty(Name = "documentIds")]
    public List<Guid> DocumentIds { get; set; } = [];

    public async Task OnGetAsync() => await Load();

    public async Task<IActionResult> OnPostAsync()
    {
        await Load();
        if (Form.Bind(Request.Form) is not SendRemiss send) return Page();
        try
        {
            var plan = await recorder.Send(new SendRemissPackage(Name, DocumentIds, send.SentOn, send.ResponseDeadline, send.Recipients,
                send.OtherRecipients, send.Subject, send.Source, send.Note, send.Precision), CommandGateway.RecordedByOf(User), HttpContext.RequestAborted);
            TempData["Meddelande"] = $"Remisspaketet {plan.Name} är skickat: {plan.Documents.Count} styrdokument.";
            return Redirect($"/dokument/{plan.Documents[0].DocumentId}");
        }
        catch (RuleViolation rule)
        {
            Form.AddError(rule.Field, rule.Message);
        }
        catch (Exception e) when (e is RemissPackageMemberRefused or DocumentNotFound)
        {
            Form.AddError(null, e.Message);
        }
        return Page();
    }

    private async Task Load()
    {
        Form = new StepForm(SendRemiss.Step, await FormContext.LoadAsync(session, null, kinds, HttpContext.RequestAborted));
        var open = await session.Query<Styrdokument>()
            .Where(d => d.Status == DocumentStatus.Draft || d.Status == DocumentStatus.Endorsed || d.Status == DocumentStatus.Adopted
                || d.PendingRevision != null)
            .OrderBy(d => d.Title).ToListAsync(HttpContext.RequestAborted);
        Candidates = open.Where(SendRemiss.Step.AppliesTo).Select(d => (d.Id, d.Title)).ToList();
    }
}
