namespace ConsentManager.Api.Security;

public interface IApiKeyStore
{
    Task<ApiKeyRecord?> FindAsync(string keyId);

    Task<IReadOnlyList<ApiKeyRecord>> ListAsync(string siteId);

    Task SaveAsync(ApiKeyRecord record);

    /// <summary>Revokes a key of the given site; false when the site has no such key.</summary>
    Task<bool> DeleteAsync(string siteId, string keyId);

    Task RecordUseAsync(string keyId, DateTimeOffset at);

    Task<DateTimeOffset?> FindLastUsedAsync(string keyId);
}
