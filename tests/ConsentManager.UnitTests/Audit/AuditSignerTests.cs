using ConsentManager.Api.Audit;
using Microsoft.Extensions.Options;

namespace ConsentManager.UnitTests.Audit;

public sealed class AuditSignerTests
{
    private const string OldKey = "old-audit-key-0123456789abcdefghijkl";
    private const string NewKey = "new-audit-key-0123456789abcdefghijkl";

    private static readonly AuditEntry Entry = new(7, new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero), "visitor.erased", "abcdefghijklmnop",
        "0123456789abcdef0123456789abcdef", 200, "req-1", "203.0.113.0/24", null, "previous-hash", null, null);

    private static AuditSigner Signer(params string[] keys) => new(Options.Create(new AuditOptions { HashKeys = [.. keys] }));

    [Fact]
    public void Sealed_Entry_Is_Intact()
    {
        var sealedEntry = Signer(NewKey).Seal(Entry);

        Assert.True(Signer(NewKey).IsIntact(sealedEntry));
        Assert.Equal(64, sealedEntry.Hash!.Length);
    }

    [Theory]
    [InlineData("actor")]
    [InlineData("outcome")]
    [InlineData("previousHash")]
    [InlineData("seq")]
    public void Edited_Entry_Is_Not_Intact(string field)
    {
        var sealedEntry = Signer(NewKey).Seal(Entry);
        var edited = field switch
        {
            "actor" => sealedEntry with { Actor = "someone-else" },
            "outcome" => sealedEntry with { Outcome = 403 },
            "previousHash" => sealedEntry with { PreviousHash = "other" },
            _ => sealedEntry with { Seq = 8 },
        };

        Assert.False(Signer(NewKey).IsIntact(edited));
    }

    [Fact]
    public void Entry_Sealed_With_A_Rotated_Key_Stays_Intact_While_The_Key_Is_In_The_Ring()
    {
        var sealedEntry = Signer(OldKey).Seal(Entry);

        Assert.True(Signer(NewKey, OldKey).IsIntact(sealedEntry));
        Assert.False(Signer(NewKey).IsIntact(sealedEntry));
    }

    [Fact]
    public void Visitor_Hash_Is_Stable_Per_Site_And_Differs_Across_Sites()
    {
        var signer = Signer(NewKey);
        const string visitorId = "aVisitorId0123456789ab";

        Assert.Equal(signer.HashVisitor("jobs-nl", visitorId), signer.HashVisitor("jobs-nl", visitorId));
        Assert.NotEqual(signer.HashVisitor("jobs-nl", visitorId), signer.HashVisitor("jobs-be", visitorId));
        Assert.DoesNotContain(visitorId, signer.HashVisitor("jobs-nl", visitorId), StringComparison.Ordinal);
        Assert.Equal(32, signer.HashVisitor("jobs-nl", visitorId).Length);
    }
}
