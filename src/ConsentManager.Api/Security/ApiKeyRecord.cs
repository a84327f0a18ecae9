namespace ConsentManager.Api.Security;

/// <summary>
/// A stored API key. Holds only the SHA-256 of the key (keys are 256-bit random, so a fast hash is enough);
/// <see cref="SecretHash"/> must never leave the store: responses use <see cref="ApiKeyResponse"/>. A key past
/// <see cref="ExpiresAt"/> no longer authenticates.
/// </summary>
public sealed record ApiKeyRecord(
    string KeyId, string SiteId, string Name, IReadOnlyList<string> Scopes, string SecretHash, DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt = null);
