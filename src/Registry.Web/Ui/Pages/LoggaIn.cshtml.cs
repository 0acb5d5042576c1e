namespace Registry.Web.Ui.Pages;

[AllowAnonymous]
public sealed class LoggaInModel(AccountService accounts, IOptions<OpenIdSignInOptions> organisation) : PageModel
{
    public bool OrganisationSignIn => organisation.Value.Enabled;

    /// <summary>"Logga in med organisationskonto": to the provider, and back to the page asked for.</summary>
    public IActionResult OnGetOrganisation() => OrganisationSignIn
        ? Challenge(new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/" }, Schemes.OpenIdConnect)
        : NotFound();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Namn { get; set; }

    [BindProperty]
    public string? Losenord { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Account? account;
        try
        {
            account = await accounts.VerifyPasswordAsync(Namn ?? "", Losenord ?? "", HttpContext.RequestAborted,
                HttpContext.Connection.RemoteIpAddress?.ToString());
        }
        catch (SignInThrottled throttled)
        {
            Error = throttled.Message;
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = throttled.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }
        if (account is null)
        {
            Error = "Fel användarnamn eller lösenord.";
            return Page();
        }
        await HttpContext.SignInAsync(Schemes.Cookie, AccountService.Principal(account, Schemes.Cookie));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
