using System.ComponentModel.DataAnnotations;
using System.Net;

namespace ConsentManager.Api.Observability;

/// <summary>Bound from the <c>Metrics</c> configuration section.</summary>
public sealed class MetricsOptions : IValidatableObject
{
    public const string Section = "Metrics";

    /// <summary>
    /// Networks allowed to read /metrics (env <c>Metrics__AllowedNetworks__0</c>, …; CIDR such as <c>10.0.0.0/8</c>).
    /// Default: loopback only. The client address is the one forwarded headers from trusted proxies resolve to.
    /// </summary>
    public List<string> AllowedNetworks { get; set; } = ["127.0.0.0/8", "::1/128"];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        AllowedNetworks.Where(network => !IPNetwork.TryParse(network, out _)).Select(network => new ValidationResult(
            $"Metrics:AllowedNetworks entry '{network}' is not a CIDR network such as 10.0.0.0/8."));

    public bool Allows(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        var client = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return AllowedNetworks.Any(network => IPNetwork.Parse(network).Contains(client));
    }
}
