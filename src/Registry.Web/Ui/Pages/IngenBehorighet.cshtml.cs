namespace Registry.Web.Ui.Pages;

[AllowAnonymous]
public sealed class IngenBehorighetModel : PageModel
{
    public void OnGet()
    {
    }
}
