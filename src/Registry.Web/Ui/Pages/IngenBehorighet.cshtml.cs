using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Registry.Web.Ui.Pages;

[AllowAnonymous]
public sealed class IngenBehorighetModel : PageModel
{
    public void OnGet()
    {
    }
}
