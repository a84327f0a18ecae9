namespace ConsentManager.Api.Stats;

/// <summary>
/// The per-day counter hashes and the metrics read from them. A field is <c>value|metric</c> (just <c>metric</c> in
/// <see cref="All"/>): <c>i</c> impressions, <c>n</c> decisions, <c>a:action</c>, <c>g:purpose</c> granted,
/// <c>d:purpose</c> denied, <c>v:purpose:version</c> decisions under that purpose version (in <see cref="All"/> only).
/// Receipts are stored as one <see cref="ReceiptShape"/> field each, which reads expand into these metrics.
/// No field names a person.
/// </summary>
internal static class StatsDimensions
{
    public const string All = "all";
    public const string Country = "country";
    public const string Regime = "regime";
    public const string Variant = "variant";
    public const string Device = "device";

    /// <summary>Every dimension, in the order the counting scripts receive their keys and value prefixes.</summary>
    public static IReadOnlyList<string> Ordered { get; } = [All, Country, Regime, Variant, Device];

    public const string UnknownCountry = "unknown";

    public const string Impressions = "i";
    public const string Decisions = "n";

    public static string Action(string action) => $"a:{action}";

    public static string Granted(string purposeId) => $"g:{purposeId}";

    public static string Denied(string purposeId) => $"d:{purposeId}";

    public static string PurposeVersion(string purposeId, int version) => $"v:{purposeId}:{version}";
}
