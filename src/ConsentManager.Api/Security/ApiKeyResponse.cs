namespace ConsentManager.Api.Security;

/// <summary>
/// An API key as the admin API shows it. <see cref="Key"/> is set only in the response that created it;
/// <see cref="LastUsedAt"/> is coarse (recorded at most once a minute).
/// </summary>
public sealed record ApiKeyResponse(
    string KeyId, string SiteId, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt, string? Key = null);

/// <summary>The body of <c>POST /v1/sites/{siteId}/keys</c>; without <see cref="ExpiresAt"/> the key never expires.</summary>
public sealed record CreateApiKeyRequest(string Name, IReadOnlyList<string> Scopes, DateTimeOffset? ExpiresAt = null);

internal static class ApiKeyMapping
{
    public static ApiKeyResponse ToResponse(this ApiKeyRecord record, DateTimeOffset? lastUsedAt = null, string? key = null) =>
        new(record.KeyId, record.SiteId, record.Name, record.Scopes, record.CreatedAt, record.ExpiresAt, lastUsedAt, key);
}
