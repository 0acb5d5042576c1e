using Marten;

namespace Registry.Web.Ui.Pages.Sammantraden;

/// <summary>A recorded meeting: its points and positions, with links to the documents.</summary>
public sealed class VisaModel(IQuerySession session) : PageModel
{
    public MeetingRecorded? Meeting { get; private set; }
    public IReadOnlyDictionary<Guid, string> Titles { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var events = await session.Events.FetchStreamAsync(id, token: HttpContext.RequestAborted);
        Meeting = events.Select(e => e.Data).OfType<MeetingRecorded>().FirstOrDefault();
        if (Meeting is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        var ids = Meeting.Points.SelectMany(p => p.Positions).Select(p => p.DocumentId).OfType<Guid>().Distinct().ToList();
        var documents = await session.LoadManyAsync<Styrdokument>(HttpContext.RequestAborted, ids);
        Titles = documents.ToDictionary(d => d.Id, d => d.Title);
        return Page();
    }
}
