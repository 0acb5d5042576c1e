namespace Registry.Web.Ui.Pages.Dokument;

/// <summary>A page about one document: an unknown document renders the page's own "finns inte" view with a 404.</summary>
public abstract class DocumentPageModel : PageModel
{
    public bool IsMissing { get; private set; }

    protected PageResult Missing()
    {
        IsMissing = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
