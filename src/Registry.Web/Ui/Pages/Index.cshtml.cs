using Marten;
using Registry.Web.Ui.Display;

namespace Registry.Web.Ui.Pages;

public sealed record OverviewRow(Guid Id, string Title, string Kind, DocumentStatus Status, string Owners,
    LocalDate? ValidFrom, LocalDate? ValidTo, int? DaysLeft);

/// <summary>The registry at a glance: search and filters, and what expires soon.</summary>
public sealed class IndexModel(IQuerySession session, IClock clock, DocumentKinds kinds) : PageModel
{
    /// <summary>"Löper ut snart": the end date is within this many days.</summary>
    public const int ExpiringWithinDays = 180;

    [BindProperty(SupportsGet = true)]
    public string? Sok { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Typ { get; set; }

    [BindProperty(SupportsGet = true)]
    public DocumentStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Organ { get; set; }

    public LocalDate Today { get; private set; }
    public IReadOnlyList<OverviewRow> Documents { get; private set; } = [];
    public IReadOnlyList<OverviewRow> ExpiringSoon { get; private set; } = [];
    public IReadOnlyList<string> Kinds => kinds.All;
    public IReadOnlyList<string> Bodies { get; private set; } = [];
    public bool Filtered => !string.IsNullOrWhiteSpace(Sok) || Typ is { Length: > 0 } || Status is not null || Organ is { Length: > 0 };

    public async Task OnGetAsync()
    {
        Today = clock.TodayInStockholm();
        var cancellation = HttpContext.RequestAborted;

        // The registry holds hundreds of documents, not millions: the unfiltered list feeds the filters and
        // "löper ut snart", compared in memory (LocalDate comparisons are not translated by Marten's LINQ).
        var all = await session.Query<Styrdokument>().OrderBy(d => d.Title).ToListAsync(cancellation);
        // The same selection as the spreadsheet export of this list.
        Documents = (Filtered ? await Listed(session, Sok, Typ, Status, Organ, Today, cancellation) : all).Select(Row).ToList();
        var horizon = Today.PlusDays(ExpiringWithinDays);
        ExpiringSoon = all.Where(d => d.Status.IsInForce() && d.ValidTo is { } end && end >= Today && end <= horizon
                                          && Registry.Validity.RenewalPeriods.CurrentRenewal(d) is null)
            .OrderBy(d => d.ValidTo).Select(Row).ToList();
        Bodies = all.SelectMany(d => d.OwnerBodies).Distinct()
            .Order(StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), false)).ToList();
    }

    /// <summary>The overview's search and filters, except status, which depends on today (ADR 0027).</summary>
    private static IQueryable<Styrdokument> Filter(IQueryable<Styrdokument> query, string? search, string? kind, string? body)
    {
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            query = query.Where(d => d.Title.Contains(text, StringComparison.OrdinalIgnoreCase));
        }
        if (kind is { Length: > 0 }) query = query.Where(d => d.Kind == kind);
        if (body is { Length: > 0 }) query = query.Where(d => d.OwnerBodies.Contains(body));
        return query;
    }

    /// <summary>The documents the overview lists for these filters, by title; the spreadsheet export lists the same.</summary>
    public static async Task<List<Styrdokument>> Listed(IQuerySession session, string? search, string? kind, DocumentStatus? status,
        string? body, LocalDate today, CancellationToken cancellation)
    {
        var documents = await Filter(session.Query<Styrdokument>(), search, kind, body).OrderBy(d => d.Title).ToListAsync(cancellation);
        return documents.Where(d => status is null || Registry.Validity.Lapse.EffectiveStatus(d, today) == status).ToList();
    }

    /// <summary>The export of the list as it is filtered now.</summary>
    public string ExportLink => Registry.Web.Sheets.SheetEndpoints.OverviewExport + Request.QueryString;

    private OverviewRow Row(Styrdokument d) => new(d.Id, d.Title, d.Kind, Registry.Validity.Lapse.EffectiveStatus(d, Today), string.Join(", ", d.OwnerBodies),
        d.ValidFrom, d.ValidTo, Dates.DaysLeft(d, Today));
}
