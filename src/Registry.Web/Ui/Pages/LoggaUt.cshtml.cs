namespace Registry.Web.Ui.Pages;

[AllowAnonymous]
public sealed class LoggaUtModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(Schemes.Cookie);
        return LocalRedirect(AccessSetup.SignInPath);
    }
}
