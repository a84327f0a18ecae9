using System.Net;
using System.Text.RegularExpressions;

namespace ConsentManager.Api.Privacy;

/// <summary>Replaces every IP address in a text by its <see cref="IpPrefix"/>, so logs keep the network but not the person.</summary>
public static partial class ClientAddressRedactor
{
    public static string Redact(string text) =>
        text.Length < 3 || !text.AsSpan().ContainsAny('.', ':') ? text : Candidate().Replace(text, Minimise);

    private static string Minimise(Match match) =>
        IPAddress.TryParse(match.Value, out var address) ? IpPrefix.Of(address) : match.Value;

    // Dotted quads, and runs of hex groups with colons (IPv6, including "::" forms and embedded IPv4).
    [GeneratedRegex(@"(?<![\w.:])(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?::\d{1,3}(?:\.\d{1,3}){3})?)(?![\w.:])")]
    private static partial Regex Candidate();
}
