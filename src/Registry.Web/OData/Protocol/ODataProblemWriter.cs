using Microsoft.AspNetCore.Http;

namespace Registry.Web.OData;

/// <summary>
/// ProblemDetails that the framework writes for an /odata address (status code pages: 404 for an unknown set or a
/// malformed key, 405, 406…) are written as OData errors instead. Registered ahead of the default writer.
/// </summary>
public sealed class ODataProblemWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => ODataErrorBody.Applies(context.HttpContext);

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
        var message = status == 404 && context.ProblemDetails.Detail is null or "Adressen finns inte i registrets API."
            ? "Adressen finns inte i OData-tjänsten. Tjänstdokumentet /odata listar mängderna; en rad hämtas med sin nyckel, t.ex. /odata/Documents(<id>)."
            : context.ProblemDetails.Detail ?? context.ProblemDetails.Title ?? "";
        return new ValueTask(ODataErrorBody.WriteAsync(context.HttpContext, status, message, context.HttpContext.RequestAborted));
    }
}
