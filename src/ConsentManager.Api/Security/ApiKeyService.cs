using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Sites;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Security;

/// <summary>
/// Issues, lists, revokes and verifies API keys. A key reads <c>cmk_{keyId}_{secret}</c>: the id finds the
/// record in one lookup, the 256-bit secret is compared by hash in constant time.
/// </summary>
public sealed class ApiKeyService(
    IApiKeyStore store, SiteDirectory sites, ApiKeyUsage usage, IOptions<SecurityOptions> options, TimeProvider time,
    VerifiedKeyCache verified, KeyRevocationListener revocations)
{
    private const string Prefix = "cmk_";
    private const int KeyIdLength = 16;
    private const string KeyIdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    private readonly Lazy<byte[]?> _adminKeyHash = new(() =>
        options.Value.AdminKey is { } adminKey ? SHA256.HashData(Encoding.UTF8.GetBytes(adminKey)) : null);

    public async Task<ApiKeyResponse> CreateAsync(string siteId, CreateApiKeyRequest request)
    {
        var errors = new ValidationErrors();
        errors.Require(!string.IsNullOrWhiteSpace(request.Name) && request.Name.Length <= 100, "name", "A key name is required (at most 100 characters).");
        errors.Require(request.Scopes.Count > 0, "scopes", "At least one scope is required.");
        errors.Require(request.ExpiresAt is null || request.ExpiresAt > time.GetUtcNow(), "expiresAt",
            $"expiresAt {request.ExpiresAt:O} is not in the future.");
        foreach (var scope in request.Scopes.Where(scope => !Scopes.All.Contains(scope)))
        {
            errors.Add("scopes", $"Scope '{scope}' is unknown; use one of: {string.Join(", ", Scopes.All)}.");
        }

        errors.ThrowIfAny();
        await sites.GetRequiredAsync(siteId);

        var keyId = RandomNumberGenerator.GetString(KeyIdAlphabet, KeyIdLength);
        var key = $"{Prefix}{keyId}_{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32))}";
        var record = new ApiKeyRecord(keyId, siteId, request.Name, request.Scopes.Distinct().ToList(), Hash(key), time.GetUtcNow(),
            request.ExpiresAt);
        await store.SaveAsync(record);
        return record.ToResponse(key: key);
    }

    public async Task<IReadOnlyList<ApiKeyResponse>> ListAsync(string siteId)
    {
        await sites.GetRequiredAsync(siteId);
        var records = await store.ListAsync(siteId);
        var lastUses = await Task.WhenAll(records.Select(record => store.FindLastUsedAsync(record.KeyId)));
        return records.Zip(lastUses, (record, lastUsedAt) => record.ToResponse(lastUsedAt)).ToList();
    }

    public async Task RevokeAsync(string siteId, string keyId)
    {
        if (!await store.DeleteAsync(siteId, keyId))
        {
            throw ApiProblemException.NotFound($"Site '{siteId}' has no API key '{keyId}'.");
        }

        await revocations.RevokeAsync(keyId);
    }

    /// <summary>The identity behind a presented key, or null when the key is not valid.</summary>
    public async Task<KeyIdentity?> VerifyAsync(string presented)
    {
        // One hash per request serves both comparisons: with the bootstrap key, and as the cache and record key.
        var presentedHash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        if (_adminKeyHash.Value is { } adminKeyHash && CryptographicOperations.FixedTimeEquals(presentedHash, adminKeyHash))
        {
            return new KeyIdentity("bootstrap", KeyIdentity.AnySite, [Scopes.Admin]);
        }

        if (!presented.StartsWith(Prefix, StringComparison.Ordinal) || presented.Length < Prefix.Length + KeyIdLength + 2 ||
            presented[Prefix.Length + KeyIdLength] != '_')
        {
            return null;
        }

        var secretHash = Convert.ToHexStringLower(presentedHash);
        if (verified.Find(secretHash) is { } remembered)
        {
            await usage.RecordAsync(remembered.KeyId);
            return remembered;
        }

        var generation = verified.Generation;
        var keyId = presented.Substring(Prefix.Length, KeyIdLength);
        if (!Identifiers.IsKeyId(keyId) || await store.FindAsync(keyId) is not { } record ||
            !FixedTimeEquals(secretHash, record.SecretHash) || record.ExpiresAt <= time.GetUtcNow())
        {
            return null;
        }

        await usage.RecordAsync(record.KeyId);
        var identity = new KeyIdentity(record.KeyId, record.SiteId, record.Scopes);
        verified.Add(secretHash, identity, generation, record.ExpiresAt);
        return identity;
    }

    /// <summary>The key id a bearer header names (<c>cmk_{keyId}_…</c>), valid or not; never any part of the secret.</summary>
    public static string? PresentedKeyId(string authorization)
    {
        const string bearer = "Bearer ";
        if (!authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var presented = authorization[bearer.Length..].Trim();
        var keyId = presented.StartsWith(Prefix, StringComparison.Ordinal) && presented.Length > Prefix.Length + KeyIdLength
            ? presented.Substring(Prefix.Length, KeyIdLength)
            : null;
        return Identifiers.IsKeyId(keyId) ? keyId : "unrecognised-key";
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static bool FixedTimeEquals(string left, string right) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(left)), SHA256.HashData(Encoding.UTF8.GetBytes(right)));
}

/// <summary>Who a verified key speaks for.</summary>
public sealed record KeyIdentity(string KeyId, string SiteId, IReadOnlyList<string> Scopes)
{
    public const string AnySite = "*";
}
