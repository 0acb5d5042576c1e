using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Registry.Web.Hosting;

/// <summary>
/// Behind a reverse proxy (TLS termination, another host name): X-Forwarded-For/-Proto/-Host from the trusted
/// proxies become the request's client address, scheme and host, so redirects, cookies and OData links name the
/// address the client used. Off unless <c>Registry:Proxy:Enabled</c>; trusted proxies are
/// <c>Registry:Proxy:KnownProxies</c> (addresses) and <c>Registry:Proxy:KnownNetworks</c> (CIDR), loopback when
/// none are given. Headers from any other sender are ignored.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "Registry:Proxy";

    public static WebApplicationBuilder AddForwardedHeaders(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        if (!section.GetValue<bool>("Enabled")) return builder;
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in section.GetSection("KnownProxies").Get<string[]>() ?? [])
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in section.GetSection("KnownNetworks").Get<string[]>() ?? [])
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        builder.Services.AddTransient<IStartupFilter, ForwardedHeadersStartup>();
        return builder;
    }

    private sealed class ForwardedHeadersStartup : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseForwardedHeaders();
            next(app);
        };
    }
}
