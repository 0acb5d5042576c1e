namespace Registry.Web.Ui.Pages;

[AllowAnonymous]
public sealed class LoggaUtModel(IOptions<OpenIdSignInOptions> organisation) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Signed in with the organisation's account: end the provider's session too, then back to the sign-in page.
        if (organisation.Value.Enabled && User.HasClaim(c => c.Type == OrganisationRoles.Marker))
            return SignOut(new AuthenticationProperties { RedirectUri = AccessSetup.SignInPath }, Schemes.Cookie, Schemes.OpenIdConnect);
        await HttpContext.SignOutAsync(Schemes.Cookie);
        return LocalRedirect(AccessSetup.SignInPath);
    }
}
