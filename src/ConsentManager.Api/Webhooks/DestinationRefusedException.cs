namespace ConsentManager.Api.Webhooks;

/// <summary>A webhook's host resolved to an address it may not reach; the attempt fails without connecting.</summary>
internal sealed class DestinationRefusedException(string host)
    // The resolved address is left out on purpose: it would tell the tenant what our internal DNS knows.
    : Exception($"Host '{host}' resolves to an address that is not public (loopback, private, link-local or " +
        "reserved); webhooks only reach public addresses.");
