namespace Registry.Web.Ui.Errors;

/// <summary>
/// A failure of a UI page (or of any page a browser navigates to) answers a plain Swedish HTML page with the right
/// status, not ProblemDetails: written without Razor, since the failure may be in rendering or in the database.
/// </summary>
public static class UiErrorPage
{
    public static bool Applies(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<UiRoute>() is not null
        || (BrowserNavigation.Is(http.Request) && !http.Request.Path.StartsWithSegments("/odata"))
        || http.Request.HasFormContentType && !http.Request.Path.StartsWithSegments(WritesRequireAdmin.ApiRoot);

    public static Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/html; charset=utf-8";
        var html = $"""
            <!DOCTYPE html>
            <html lang="sv">
            <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{Encode(title)} – Styrdokumentregistret</title>
                <link rel="stylesheet" href="{UiSetup.StylesheetPath}">
            </head>
            <body>
            <main id="innehall" class="ram">
                <h1>{Encode(title)}</h1>
                <p>{Encode(detail)}</p>
                <p><a href="/">Till översikten</a></p>
            </main>
            </body>
            </html>
            """;
        return http.Response.WriteAsync(html, http.RequestAborted);
    }

    // Only the markup characters: å, ä and ö stay readable in the source, as on the Razor pages.
    private static string Encode(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
}
