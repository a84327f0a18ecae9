using System.Text.RegularExpressions;

namespace ConsentManager.Api;

/// <summary>
/// The id patterns of the public contract. None allows braces or colons, which keeps ids inside their
/// Redis hash tags (see <see cref="Storage.RedisKeys"/>).
/// </summary>
internal static partial class Identifiers
{
    public const string SitePattern = "^[a-z0-9][a-z0-9-]{2,62}$";
    public const string PurposePattern = "^[a-z][a-z0-9_]{1,39}$";
    public const string VisitorPattern = "^[A-Za-z0-9_-]{22,64}$";
    public const string KeyPattern = "^[a-z0-9]{16}$";
    public const string WebhookPattern = "^[a-z0-9][a-z0-9_-]{0,62}$";

    public static bool IsSiteId(string? value) => value is not null && SiteRegex().IsMatch(value);

    public static bool IsPurposeId(string? value) => value is not null && PurposeRegex().IsMatch(value);

    public static bool IsVisitorId(string? value) => value is not null && VisitorRegex().IsMatch(value);

    public static bool IsKeyId(string? value) => value is not null && KeyRegex().IsMatch(value);

    public static bool IsWebhookId(string? value) => value is not null && WebhookRegex().IsMatch(value);

    /// <summary>Receipt ids are UUIDs in their canonical lower-case 8-4-4-4-12 form.</summary>
    public static bool IsReceiptId(string? value) =>
        value is { Length: 36 } && Guid.TryParseExact(value, "D", out var guid) && guid.ToString("D") == value;

    [GeneratedRegex(SitePattern)]
    private static partial Regex SiteRegex();

    [GeneratedRegex(PurposePattern)]
    private static partial Regex PurposeRegex();

    [GeneratedRegex(VisitorPattern)]
    private static partial Regex VisitorRegex();

    [GeneratedRegex(KeyPattern)]
    private static partial Regex KeyRegex();

    [GeneratedRegex(WebhookPattern)]
    private static partial Regex WebhookRegex();
}
