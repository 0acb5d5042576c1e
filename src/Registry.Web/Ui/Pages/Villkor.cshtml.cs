using Microsoft.Extensions.Options;
using Registry.Web.OpenApi;

namespace Registry.Web.Ui.Pages;

/// <summary>The terms and contact the OpenAPI document's licence and contact link to (ADR 0030); readable without signing in.</summary>
[AllowAnonymous]
public sealed class VillkorModel(IOptionsMonitor<ApiReferenceOptions> reference) : PageModel
{
    public ApiReferenceOptions Contact => reference.CurrentValue;

    public void OnGet()
    {
    }
}
