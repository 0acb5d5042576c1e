using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using NodaTime.Text;
using Registry.Documents;
using Registry.Web.Access;
using Registry.Web.Api;
using Registry.Web.Ui.Display;

namespace Registry.Web.Ui.Pages.Konton;

/// <summary>
/// One account: change its role, disable or enable it, issue keys (shown once), change a key's last day or revoke it,
/// and the history of every change with who made it and when (admins only).
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class KontoModel(AccountAdministration administration, AccountService accounts, IClock clock) : PageModel
{
    public AccountOverview? Overview { get; private set; }
    public IReadOnlyList<AccountChange> Changes { get; private set; } = [];
    public string? Error { get; private set; }

    /// <summary>The key just issued: shown on this response only, never stored.</summary>
    public string? NewKey { get; private set; }

    public LocalDate Today => clock.TodayInStockholm();

    public Task<IActionResult> OnGetAsync(string id) => Show(id);

    public Task<IActionResult> OnPostRollAsync(string id, string? roll) =>
        Do(id, by => administration.ChangeRoleAsync(id, roll ?? "", by, HttpContext.RequestAborted), "Rollen är ändrad.");

    public Task<IActionResult> OnPostInaktiveraAsync(string id) =>
        Do(id, by => administration.SetDisabledAsync(id, true, by, HttpContext.RequestAborted),
            "Kontot är inaktiverat: det kan inte logga in, dess nycklar fungerar inte och dess sessioner är avslutade.");

    public Task<IActionResult> OnPostAktiveraAsync(string id) =>
        Do(id, by => administration.SetDisabledAsync(id, false, by, HttpContext.RequestAborted), "Kontot är aktivt igen.");

    public Task<IActionResult> OnPostAterkallaAsync(string id, string? nyckel) =>
        Do(id, by => administration.RevokeKeyAsync(nyckel ?? "", by, HttpContext.RequestAborted), "Nyckeln är återkallad.");

    public Task<IActionResult> OnPostGiltighetAsync(string id, string? nyckel, string? sistaDag) =>
        Do(id, by => administration.SetKeyExpiryAsync(nyckel ?? "", LastDay(sistaDag), by, HttpContext.RequestAborted),
            "Nyckelns giltighet är ändrad.");

    public async Task<IActionResult> OnPostNyckelAsync(string id, string? etikett, string? sistaDag)
    {
        try
        {
            NewKey = await accounts.IssueKeyAsync(id, etikett, HttpContext.RequestAborted, LastDay(sistaDag),
                CommandGateway.RecordedByOf(User));
            // Shown in this response only (no redirect, so the key is never in a cookie or a URL), and never cached.
            Response.Headers.CacheControl = "no-store";
        }
        catch (RuleViolation rule)
        {
            Error = rule.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return await Show(id);
    }

    private async Task<IActionResult> Do(string id, Func<string, Task> change, string done)
    {
        try
        {
            await change(CommandGateway.RecordedByOf(User));
        }
        catch (RuleViolation rule)
        {
            Error = rule.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await Show(id);
        }
        TempData["Meddelande"] = done;
        return Redirect($"/konton/{Uri.EscapeDataString(id)}");
    }

    private async Task<IActionResult> Show(string id)
    {
        Overview = (await administration.OverviewAsync(HttpContext.RequestAborted)).FirstOrDefault(a => a.Account.Id == id);
        if (Overview is null) return NotFound();
        Changes = await administration.ChangesAsync(id, HttpContext.RequestAborted);
        return Page();
    }

    private static LocalDate? LastDay(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        return parsed.Success ? parsed.Value
            : throw new RuleViolation("Sista giltighetsdag: ange datumet som ÅÅÅÅ-MM-DD, t.ex. 2027-12-31.", "lastDay");
    }

    public string KeyStatus(ApiKey key) =>
        key.RevokedAt is { } revoked ? $"återkallad {Dates.Show(revoked)} av {key.RevokedBy}"
        : key.WorksAt(clock.GetCurrentInstant()) ? "giltig"
        : "har gått ut";
}
