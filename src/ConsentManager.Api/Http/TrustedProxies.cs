using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ConsentManager.Api.Http;

public static class TrustedProxies
{
    public const string Section = "TrustedProxies";

    /// <summary>
    /// X-Forwarded-For and X-Forwarded-Proto are believed only from the addresses or CIDR ranges in
    /// <c>TrustedProxies</c> (e.g. <c>TrustedProxies__0=10.0.0.0/8</c>). With no list they are ignored entirely,
    /// from anyone, loopback included.
    /// </summary>
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                // The middleware's built-in loopback defaults would trust any local process; only the list counts.
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                foreach (var entry in configuration.GetSection(Section).Get<string[]>() ?? [])
                {
                    options.KnownIPNetworks.Add(Parse(entry));
                }

                // With both lists empty the middleware would believe every sender, so no list means no forwarding.
                if (options.KnownIPNetworks.Count == 0)
                {
                    options.ForwardedHeaders = ForwardedHeaders.None;
                    return;
                }

                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                // No fixed hop count: the walk goes right to left and stops at the first hop outside the list.
                options.ForwardLimit = null;
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
