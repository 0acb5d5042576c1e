using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Registry.Adoption;
using Registry.Documents;

namespace Registry.Web.Ui.Pages.Huvudman;

/// <summary>"Vad gäller för Borås den 2026-06-01": one huvudman's documents on a day (today unless ?datum= is given).</summary>
public sealed class VisaModel(IQuerySession session, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Datum { get; set; }

    public PartyOverview Overview { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string namn)
    {
        var party = Parties.Require(namn, "namn");
        var date = PartyOverview.RequireDate(Datum, clock.TodayInStockholm(), "datum");
        Overview = PartyOverview.For(party, date, await session.Query<Styrdokument>().ToListAsync(HttpContext.RequestAborted));
        return Page();
    }
}
