using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ConsentManager.Api.Http;

public static class TrustedProxies
{
    public const string Section = "TrustedProxies";

    /// <summary>
    /// X-Forwarded-For is believed only from the addresses or CIDR ranges in <c>TrustedProxies</c>
    /// (e.g. <c>TrustedProxies__0=10.0.0.0/8</c>); from anyone else, including loopback, it is ignored.
    /// </summary>
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                // Walk the whole chain of trusted hops; it stops at the first address that is not a trusted proxy.
                options.ForwardLimit = null;
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                foreach (var entry in configuration.GetSection(Section).Get<string[]>() ?? [])
                {
                    options.KnownIPNetworks.Add(Parse(entry));
                }
            })
            .ValidateOnStart();
        return services;
    }

    private static System.Net.IPNetwork Parse(string entry)
    {
        if (System.Net.IPNetwork.TryParse(entry, out var network))
        {
            return network;
        }

        if (IPAddress.TryParse(entry, out var address))
        {
            return new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8);
        }

        throw new InvalidOperationException($"TrustedProxies entry '{entry}' is neither an IP address nor a CIDR range (e.g. 10.0.0.0/8).");
    }
}
