using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Registry.Web.Hosting;

/// <summary>
/// Behind a TLS-terminating proxy: the scheme, host and client address the proxy forwards (X-Forwarded-Proto, -Host,
/// -For) are believed only from the proxies configured in <c>Registry:Proxy:KnownProxies</c> (addresses) and
/// <c>Registry:Proxy:KnownNetworks</c> (CIDR), and only for hosts in <c>AllowedHosts</c>. Off when neither is set.
/// Applied before every other middleware, so cookies (Secure), redirects and OData nextLinks see the public address.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "Registry:Proxy";

    public static WebApplicationBuilder AddForwardedHeadersSetup(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];
        var networks = builder.Configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [];
        if (proxies.Length == 0 && networks.Length == 0) return builder;

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // The framework trusts loopback by default: here only what is configured.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in networks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            var hosts = (builder.Configuration["AllowedHosts"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (!hosts.Contains("*")) options.AllowedHosts = hosts;
        });
        builder.Services.AddEarlyMiddleware(app => app.UseForwardedHeaders());
        return builder;
    }
}
