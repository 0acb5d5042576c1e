using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Registry.Web.Ui.Errors;

/// <summary>
/// UI errors in Swedish HTML (issue 13, point 9): empty error responses of UI pages (a 400 from a failed form,
/// a 404) get a page instead of ProblemDetails, and a form larger than any of the UI's forms is refused with 413
/// before it is read.
/// </summary>
public static class UiErrorSetup
{
    public const long MaxFormBytes = 1024 * 1024;

    public static IServiceCollection AddUiErrors(this IServiceCollection services)
    {
        services.AddTransient<IStartupFilter, FormSizeLimit>();
        services.Configure<StatusCodePagesOptions>(options => options.HandleAsync = async context =>
        {
            var http = context.HttpContext;
            var status = http.Response.StatusCode;
            if (UiErrorPage.Applies(http))
            {
                var (title, detail) = status switch
                {
                    404 => ("Sidan finns inte", "Sidan du söker finns inte i registret."),
                    400 => ("Formuläret kunde inte tas emot", "Ladda om sidan och fyll i formuläret igen."),
                    _ => ("Begäran kunde inte utföras", "Försök igen. Kvarstår felet, kontakta förvaltningen."),
                };
                await UiErrorPage.WriteAsync(http, status, title, detail);
                return;
            }
            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = status },
            });
        });
        return services;
    }

    private sealed class FormSizeLimit : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.HasFormContentType && !context.Request.Path.StartsWithSegments("/api"))
                {
                    var upload = context.Request.Path.StartsWithSegments(Pages.Import.IndexModel.Path);
                    var max = upload ? Registry.Sheets.SheetLimits.MaxFileBytes + Pages.Import.IndexModel.UploadMargin : MaxFormBytes;
                    if (upload && context.Request.ContentLength > max)
                    {
                        await UiErrorPage.WriteAsync(context, StatusCodes.Status400BadRequest, "Filen är för stor",
                            $"Största tillåtna storlek är {Registry.Sheets.SheetLimits.MaxFileBytes / (1024 * 1024)} MB; " +
                            "dela upp registret i flera filer. Inget har registrerats.");
                        return;
                    }
                    if (context.Request.ContentLength > max)
                    {
                        await UiErrorPage.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "För stort formulär",
                            "Formuläret innehåller för mycket text eller för många fält. Korta texterna och skicka igen.");
                        return;
                    }
                    if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                        limit.MaxRequestBodySize = max;
                }
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
