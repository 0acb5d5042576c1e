using Marten;
using NodaTime.Text;
using Registry.Endorsement;
using Registry.Provenance;
using Registry.Web.Meetings;

namespace Registry.Web.Ui.Pages.Sammantraden;

/// <summary>One row of the form: a position under a point. Rows with the same point number form one point.</summary>
public sealed class PositionRowInput
{
    public string? Number { get; set; }
    public string? Title { get; set; }
    public string? Presenter { get; set; }
    public string? Outcome { get; set; }
    public List<Guid> Documents { get; set; } = [];
    public string? NewTitle { get; set; }
    public string? NewKind { get; set; }
    public string? Wording { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(Title);
}

/// <summary>
/// "Registrera sammanträde": the meeting (body, date, kind of record), then its points, each with the position and the
/// documents it concerns (or a new one). A preview shows what will be recorded; recording it is one transaction.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class NyModel(IQuerySession session, MeetingRecorder recorder, DocumentKinds kinds) : PageModel
{
    public const int RowsAtStart = 4;

    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? Date { get; set; }
    [BindProperty] public string? DatePrecision { get; set; }
    [BindProperty] public string? RecordKind { get; set; }
    [BindProperty] public string? Link { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public List<PositionRowInput> Rows { get; set; } = [];

    public IReadOnlyList<(Guid Id, string Title)> AllDocuments { get; private set; } = [];
    public IReadOnlyList<string> Kinds => kinds.All;
    public MeetingResult? Preview { get; private set; }
    public List<string> Errors { get; } = [];
    public Guid? Duplicate { get; private set; }

    public static IEnumerable<(string Value, string Label)> Outcomes =>
        Enum.GetValues<EndorsementOutcome>().Select(o => (Code(o), o.Label()));

    public static IEnumerable<(string Value, string Label)> Precisions =>
        new[] { Registry.Provenance.DatePrecision.Day, Registry.Provenance.DatePrecision.Month, Registry.Provenance.DatePrecision.Year, Registry.Provenance.DatePrecision.Approximate }
            .Select(p => (Code(p), p.Label()));

    public async Task OnGetAsync()
    {
        await Load();
        Rows = Enumerable.Range(0, RowsAtStart).Select(_ => new PositionRowInput()).ToList();
    }

    public async Task<IActionResult> OnPostAsync(string? action)
    {
        await Load();
        if (action == "fler")
        {
            Rows.AddRange(Enumerable.Range(0, RowsAtStart).Select(_ => new PositionRowInput()));
            return Page();
        }
        if (Command() is not { } command) return Page();
        try
        {
            if (action == "registrera")
            {
                var plan = await recorder.Record(command, CommandGateway.RecordedByOf(User), HttpContext.RequestAborted);
                TempData["Meddelande"] = $"Sammanträdet är registrerat: {plan.Documents.Count} dokument har fått nya händelser.";
                return Redirect($"/sammantraden/{plan.Meeting.MeetingId}");
            }
            Preview = MeetingResult.Of(await recorder.Plan(command, CommandGateway.RecordedByOf(User), HttpContext.RequestAborted));
        }
        catch (RuleViolation rule)
        {
            Errors.Add(rule.Message);
        }
        catch (MeetingAlreadyRecorded duplicate)
        {
            Duplicate = duplicate.MeetingId;
            Errors.Add(duplicate.Message);
        }
        return Page();
    }

    /// <summary>The form as the API's command; null (with messages) when a date or a choice has the wrong shape.</summary>
    private RecordMeeting? Command()
    {
        var date = LocalDatePattern.Iso.Parse(Date?.Trim() ?? "");
        if (!date.Success) Errors.Add("Mötesdatum: ange datumet som ÅÅÅÅ-MM-DD, t.ex. 2023-12-15.");
        var rows = Rows.Where(r => !r.IsEmpty).ToList();
        if (rows.Count == 0) Errors.Add("Ange minst en punkt med nummer och rubrik.");
        var points = new List<AgendaPointInput>();
        foreach (var group in rows.GroupBy(r => r.Number?.Trim() ?? ""))
        {
            var first = group.First();
            var positions = new List<PositionInput>();
            foreach (var row in group)
            {
                if (!TryParse<EndorsementOutcome>(row.Outcome, out var outcome))
                {
                    Errors.Add($"Punkt {group.Key}: välj ställningstagande.");
                    continue;
                }
                var created = string.IsNullOrWhiteSpace(row.NewTitle)
                    ? null
                    : new List<NewDocumentInput> { new(row.NewTitle.Trim(), row.NewKind ?? "") };
                positions.Add(new PositionInput(outcome, row.Documents, created, row.Wording));
            }
            points.Add(new AgendaPointInput(group.Key, first.Title ?? "", positions, first.Presenter));
        }
        var precision = string.IsNullOrWhiteSpace(DatePrecision) ? Registry.Provenance.DatePrecision.Day
            : TryParse<DatePrecision>(DatePrecision, out var p) ? p : Registry.Provenance.DatePrecision.Day;
        var kind = TryParse<MeetingRecordKind>(RecordKind, out var k) ? k : MeetingRecordKind.Minnesanteckningar;
        return Errors.Count > 0 ? null
            : new RecordMeeting(Body ?? "", date.Value, points, kind, precision,
                string.IsNullOrWhiteSpace(Link) ? null : Link.Trim(), Note);
    }

    private async Task Load()
    {
        var titles = await session.Query<Styrdokument>().OrderBy(d => d.Title).Select(d => new { d.Id, d.Title })
            .ToListAsync(HttpContext.RequestAborted);
        AllDocuments = titles.Select(d => (d.Id, d.Title)).ToList();
    }

    public static string Code<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static bool TryParse<T>(string? code, out T value) where T : struct, Enum =>
        Enum.TryParse(code, ignoreCase: true, out value) && Enum.IsDefined(value);

    public string Selected(string? current, string value) => string.Equals(current, value, StringComparison.OrdinalIgnoreCase) ? "selected" : "";

    public static string Today(NodaTime.LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
