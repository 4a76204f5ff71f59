using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace DisputeCenter.Web.Startup;

/// <summary>
/// The TLS-terminating proxy in front of the site (nginx, a load balancer): the forwarded scheme, host and client address
/// are believed only from the proxies configured under <c>ReverseProxy</c>, never from anyone who sends the headers.
/// </summary>
public static class ReverseProxy
{
    public const string Section = "ReverseProxy";

    /// <summary>
    /// Trusts <c>X-Forwarded-For/-Proto/-Host</c> from <c>ReverseProxy:KnownProxies</c> (addresses) and
    /// <c>ReverseProxy:KnownNetworks</c> (CIDR). With neither set, only a proxy on this machine (loopback) is believed,
    /// as ASP.NET Core does by default; the moment one is set, loopback is trusted only if listed too.
    /// </summary>
    public static IServiceCollection AddReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // One proxy hop: the entry the trusted proxy appended. Addresses further left were written by the client.
            options.ForwardLimit = configuration.GetValue($"{Section}:ForwardLimit", 1);
            if (proxies.Length + networks.Length == 0)
            {
                return;
            }

            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        // Host filtering runs before this middleware, so the host a proxy forwards is held to the same AllowedHosts here.
        var allowedHosts = (configuration["AllowedHosts"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!allowedHosts.Contains("*"))
        {
            services.Configure<ForwardedHeadersOptions>(options => options.AllowedHosts = allowedHosts);
        }

        return services;
    }
}
