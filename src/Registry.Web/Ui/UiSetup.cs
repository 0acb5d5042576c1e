using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Registry.Web.Ui.Errors;

namespace Registry.Web.Ui;

/// <summary>The administrators' and readers' web UI: server-rendered Razor Pages in Swedish (docs/adr/0014-web-ui.md).</summary>
public static class UiSetup
{
    public const string StylesheetPath = "/ui/site.css";

    public static WebApplicationBuilder AddUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSecurityHeaders();
        builder.Services.AddUiErrors();
        builder.Services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/Ui/Pages";
        });
        // Write å, ä and ö as themselves rather than as character references.
        builder.Services.Configure<WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    public static WebApplication MapUi(this WebApplication app)
    {
        app.MapRazorPages().WithMetadata(new UiRoute());
        // The stylesheet is compiled into the assembly: the app runs from any working directory, with no CDN.
        var css = ReadStylesheet();
        app.MapGet(StylesheetPath, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(css, "text/css; charset=utf-8");
        }).WithMetadata(new UiRoute(), new AllowAnonymousAttribute()).ExcludeFromDescription();
        return app;
    }

    private static string ReadStylesheet()
    {
        using var stream = typeof(UiSetup).Assembly.GetManifestResourceStream("Registry.Web.Ui.site.css")
            ?? throw new InvalidOperationException("Stilmallen saknas i Registry.Web-assemblyn.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
