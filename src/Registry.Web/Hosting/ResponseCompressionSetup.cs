using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Registry.Web.Hosting;

/// <summary>
/// Brotli or gzip, as the client accepts, for JSON (OData feed, API, problems) and plain text: an OData row is
/// about 0.7 kB of repetitive JSON. Fastest level: the feed is read in bulk, CPU per page matters more than the
/// last few percent. Only JSON and text, never HTML pages with secrets in forms (BREACH), also over HTTPS.
/// </summary>
public static class ResponseCompressionSetup
{
    public static WebApplicationBuilder AddResponseCompressionForJson(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["application/json", "application/problem+json", "text/plain", "text/calendar", "application/xml"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.AddEarlyMiddleware(app => app.UseResponseCompression());
        return builder;
    }
}
