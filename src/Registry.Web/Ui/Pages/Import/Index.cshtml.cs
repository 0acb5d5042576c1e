using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Registry.Sheets;
using Registry.Web.Access;
using Registry.Web.Api;

namespace Registry.Web.Ui.Pages.Import;

/// <summary>"Importera register": upload a spreadsheet, read the dry run row by row, then import it (ADR 0031).</summary>
[Authorize(Policy = Policies.Admin)]
[RequestFormLimits(MultipartBodyLengthLimit = SheetLimits.MaxFileBytes + UploadMargin)]
public sealed class IndexModel(SheetImports imports) : PageModel
{
    public const string Path = "/import";

    /// <summary>Room for the form's other fields and the multipart framing around the file.</summary>
    public const int UploadMargin = 64 * 1024;

    public ImportReport? Report { get; private set; }
    public string? Error { get; private set; }

    [BindProperty]
    public Guid? Token { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostForhandsgranskaAsync(IFormFile? fil)
    {
        if (fil is null || fil.Length == 0) return Refuse("Välj en .xlsx- eller .csv-fil att förhandsgranska.");
        try
        {
            SheetFile.RequireSize(fil.Length);
            await using var stream = fil.OpenReadStream();
            var content = await SheetFile.ReadBounded(stream, HttpContext.RequestAborted);
            Report = await imports.Preview(content, fil.FileName, CommandGateway.RecordedByOf(User), HttpContext.RequestAborted);
            return Page();
        }
        catch (SheetRejected rejected)
        {
            return Refuse(rejected.Message + " Inget har registrerats.");
        }
    }

    public async Task<IActionResult> OnPostGenomforAsync()
    {
        if (Token is not { } token) return Refuse("Förhandsgranska filen först.");
        try
        {
            Report = await imports.Apply(token, CommandGateway.RecordedByOf(User), HttpContext.RequestAborted);
            return Page();
        }
        catch (PendingImportNotFound missing)
        {
            return Refuse(missing.Message, StatusCodes.Status404NotFound);
        }
        catch (SheetRejected rejected)
        {
            return Refuse(rejected.Message + " Inget har registrerats.");
        }
    }

    private PageResult Refuse(string message, int status = StatusCodes.Status400BadRequest)
    {
        Error = message;
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}
