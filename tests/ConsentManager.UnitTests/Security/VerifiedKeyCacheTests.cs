using ConsentManager.Api.Security;
using Microsoft.Extensions.Options;

namespace ConsentManager.UnitTests.Security;

public sealed class VerifiedKeyCacheTests
{
    private static readonly KeyIdentity Processor = new("abcdefghijklmnop", "jobs-nl", ["decisions:read"]);
    private readonly VerifiedKeyCache _cache = new(Options.Create(new SecurityOptions { KeyCacheLifetime = TimeSpan.FromMinutes(1) }), TimeProvider.System);

    [Fact]
    public void Verified_Key_Is_Found_By_Its_Hash()
    {
        _cache.Add("hash", Processor, _cache.Generation);

        Assert.Equal(Processor, _cache.Find("hash"));
    }

    [Fact]
    public void Evicted_Key_Is_Not_Found()
    {
        _cache.Add("hash", Processor, _cache.Generation);

        _cache.Evict(Processor.KeyId);

        Assert.Null(_cache.Find("hash"));
    }

    [Fact]
    public void Lookup_That_Began_Before_A_Revocation_Is_Not_Cached()
    {
        var generation = _cache.Generation;
        _cache.Evict(Processor.KeyId);

        _cache.Add("hash", Processor, generation);

        Assert.Null(_cache.Find("hash"));
    }

    [Fact]
    public void Zero_Lifetime_Caches_Nothing()
    {
        var off = new VerifiedKeyCache(Options.Create(new SecurityOptions { KeyCacheLifetime = TimeSpan.Zero }), TimeProvider.System);

        off.Add("hash", Processor, off.Generation);

        Assert.Null(off.Find("hash"));
    }
}
