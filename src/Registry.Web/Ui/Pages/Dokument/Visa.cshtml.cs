using Marten;
using Registry.Web.Ui.Display;
using Registry.Web.Ui.Forms;

namespace Registry.Web.Ui.Pages.Dokument;

public sealed record HistoryRow(long Sequence, string Label, string Summary, Instant RecordedAt, string RecordedBy,
    string Source, string? Note);

public sealed record DecisionRow(DecisionReference Decision, string What);

/// <summary>One styrdokument: its state, validity, decisions, remiss, adoptions and the full audited history.</summary>
public sealed class VisaModel(IQuerySession session, IClock clock, WarningStore warnings) : DocumentPageModel
{
    public Styrdokument Document { get; private set; } = null!;
    public LocalDate Today { get; private set; }

    /// <summary>The status in effect today: "Utgånget" from the day after the end date (ADR 0027).</summary>
    public DocumentStatus Status => Registry.Validity.Lapse.EffectiveStatus(Document, Today);
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];
    public IReadOnlyList<DecisionRow> Decisions { get; private set; } = [];
    public IReadOnlyList<LifecycleStep> Steps { get; private set; } = [];
    public IReadOnlyList<IssuedWarning> Warnings { get; private set; } = [];
    /// <summary>The document's deadlines as they stand, passed ones included, for the "what is true now" list.</summary>
    public IReadOnlyList<UpcomingDeadline> Deadlines { get; private set; } = [];
    public string? ParentTitle { get; private set; }
    public string? SupersededByTitle { get; private set; }
    public IReadOnlyList<Registry.Relations.FamilyMember> Family { get; private set; } = [];
    /// <summary>The titles of the documents in this document's remiss packages (ADR 0035).</summary>
    public IReadOnlyDictionary<Guid, string> PackageTitles { get; private set; } = new Dictionary<Guid, string>();
    public bool CanWrite => User.IsInRole(Roles.Admin);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var cancellation = HttpContext.RequestAborted;
        var document = await session.LoadAsync<Styrdokument>(id, cancellation);
        if (document is null) return Missing();
        Document = document;
        Today = clock.TodayInStockholm();

        var events = (await session.Events.FetchStreamAsync(id, token: cancellation))
            .Where(e => e.Data is IDocumentEvent)
            .Select(e => (e.Version, Data: (IDocumentEvent)e.Data, Description: ((IDocumentEvent)e.Data).Describe()))
            .ToList();
        History = events
            .Select(e => new HistoryRow(e.Version, e.Description.Label, e.Description.Summary, e.Data.Recorded.At, e.Data.Recorded.By,
                Registry.Provenance.Source.Show(e.Description.Source), e.Description.Note))
            .OrderByDescending(h => h.Sequence)
            .ToList();
        Decisions = events.Where(e => e.Description.Decision is not null)
            .Select(e => new DecisionRow(e.Description.Decision!.Decision, e.Description.Label))
            .OrderByDescending(d => d.Decision.MeetingDate)
            .ToList();
        Steps = LifecycleSteps.ApplicableTo(document).ToList();
        Warnings = await warnings.List(new WarningFilter(DocumentId: id), cancellation);
        Deadlines = await warnings.Upcoming(id, Today.PlusYears(-100), cancellation);
        if (document.ParentId is { } parent) ParentTitle = (await session.LoadAsync<Styrdokument>(parent, cancellation))?.Title;
        if (document.SupersededBy is { } by) SupersededByTitle = (await session.LoadAsync<Styrdokument>(by, cancellation))?.Title;
        Family = await Registry.Relations.DocumentFamily.Of(session, document, cancellation);
        var packaged = document.Consultations.SelectMany(c => c.Package?.Documents ?? []).Distinct().ToList();
        if (packaged.Count > 0)
            PackageTitles = (await session.LoadManyAsync<Styrdokument>(cancellation, packaged)).ToDictionary(m => m.Id, m => m.Title);
        return Page();
    }

    /// <summary>Where a validity period sits on the document's whole timeline, in percent (for the bar).</summary>
    public (double Left, double Width) Bar(ValidityPeriod period)
    {
        // An unknown start is drawn from the earliest known date (or the end date) on.
        var periods = Document.ValidityPeriods;
        var end = Max(periods.Max(p => p.To ?? Today), Today);
        var start = periods.Min(p => p.From) ?? periods.Min(p => p.To) ?? end;
        var from = period.From ?? start;
        var total = Math.Max(1, Period.DaysBetween(start, end));
        var left = Period.DaysBetween(start, from) * 100.0 / total;
        var width = Math.Max(1.5, Period.DaysBetween(from, period.To ?? end) * 100.0 / total);
        return (Math.Round(left, 2), Math.Round(Math.Min(width, 100 - left), 2));
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;
}
