using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Registry.Documents;
using Registry.Web.Access;
using Registry.Web.Api;

namespace Registry.Web.Ui.Pages.Konton;

/// <summary>"Konton": every account with its role, keys and last use, and a form to create one (admins only).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AccountAdministration administration) : PageModel
{
    [BindProperty] public string? Namn { get; set; }
    [BindProperty] public string? Roll { get; set; }
    [BindProperty] public string? Losenord { get; set; }

    public IReadOnlyList<AccountOverview> Accounts { get; private set; } = [];
    public string? Error { get; private set; }

    /// <summary>The generated password of the account just created: shown on this response only.</summary>
    public string? GeneratedPassword { get; private set; }

    public string? Created { get; private set; }

    public async Task OnGetAsync() => Accounts = await administration.OverviewAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            var password = await administration.CreateAsync(Namn ?? "", Roll ?? Roles.Reader, Losenord,
                CommandGateway.RecordedByOf(User), HttpContext.RequestAborted);
            Created = Namn!.Trim();
            if (string.IsNullOrEmpty(Losenord)) GeneratedPassword = password;
            Response.Headers.CacheControl = "no-store";
            Namn = Roll = null;
        }
        catch (RuleViolation rule)
        {
            Error = rule.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        Losenord = null;
        await OnGetAsync();
        return Page();
    }
}
