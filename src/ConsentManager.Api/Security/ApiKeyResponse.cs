namespace ConsentManager.Api.Security;

/// <summary>An API key as the admin API shows it. <see cref="Key"/> is set only in the response that created it.</summary>
public sealed record ApiKeyResponse(string KeyId, string SiteId, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, string? Key = null);

/// <summary>The body of <c>POST /v1/sites/{siteId}/keys</c>.</summary>
public sealed record CreateApiKeyRequest(string Name, IReadOnlyList<string> Scopes);

internal static class ApiKeyMapping
{
    public static ApiKeyResponse ToResponse(this ApiKeyRecord record, string? key = null) =>
        new(record.KeyId, record.SiteId, record.Name, record.Scopes, record.CreatedAt, key);
}
