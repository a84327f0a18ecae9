using System.Text;
using System.Text.Json;
using ConsentManager.Api.Consents;
using ConsentManager.Api.Regimes;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Storage;

namespace ConsentManager.UnitTests.Consents;

public sealed class ReceiptFormatTests
{
    private static readonly DateTimeOffset RecordedAt = new(2026, 11, 21, 23, 57, 31, TimeSpan.Zero);

    private static SortedDictionary<string, T> Sorted<T>(params (string Key, T Value)[] pairs) =>
        new(pairs.ToDictionary(pair => pair.Key, pair => pair.Value), StringComparer.Ordinal);

    // A sealed receipt as the recorder makes it: sorted maps, lowercase UUIDs and hashes, a base64url MAC.
    private static ConsentReceipt Sealed() => new(
        "25458d18-21f4-4a1a-a337-a58c9afef37a", "PaVND-NGksULDxNjudco_g", "demo-jobboard", ConsentAction.Custom,
        Sorted(("analytics", true), ("ip_processing", true), ("job_alert_marketing", false), ("retargeting", false)),
        Sorted(("analytics", 1), ("ip_processing", 3), ("job_alert_marketing", 1), ("retargeting", 200)),
        RecordedAt.AddTicks(9415978), RecordedAt.AddDays(182).AddTicks(9415978), Regime.OptIn, "NL", Gpc: true, "192.0.2.0/24",
        "dialog", Language.En, "sha256:4de548c7732043f7b7e28854d2971a777c74eb9bbfe1c13f69540555fd750fcb", ReceiptSource.Widget,
        UserActivation: true, ["analytics"], "0f6e7c9d-1b2a-4c3d-8e9f-a0b1c2d3e4f5",
        "sha256:0000000000000000000000000000000000000000000000000000000000000001",
        "sha256:b44679e437fc3c141f98801a38d6f4b2b81d08c24a666cf9ee2c78e5247349b0", "2a61ea7a",
        "_BEBB5Ui1ceGD-t7n5bQ-322iqzucPuecoynn7YQNE4");

    private static string Json(ConsentReceipt receipt) => JsonSerializer.Serialize(receipt, StorageJson.Options);

    [Fact]
    public void Sealed_Receipt_Is_Stored_Compact_And_Reads_Back_To_The_Same_Json()
    {
        var receipt = Sealed();

        var stored = ReceiptFormat.Write(receipt, compact: true);

        Assert.Equal(ReceiptCodec.Version, stored[0]);
        Assert.True(stored.Length * 2 < Encoding.UTF8.GetByteCount(Json(receipt)), $"{stored.Length} bytes");
        Assert.Equal(Json(receipt), Json(ReceiptFormat.Read(stored)));
    }

    [Fact]
    public void First_Receipt_With_Nulls_And_Empty_Lists_Round_Trips()
    {
        var receipt = Sealed() with
        {
            Action = ConsentAction.Withdraw, Country = null, IpPrefix = null, TextHash = null, Defaulted = [],
            PreviousReceiptId = null, PreviousHash = null, Regime = Regime.OptOut, Source = ReceiptSource.Api,
            Choices = Sorted<bool>(), PurposeVersions = Sorted<int>(),
        };

        var stored = ReceiptFormat.Write(receipt, compact: true);

        Assert.Equal(ReceiptCodec.Version, stored[0]);
        Assert.Equal(Json(receipt), Json(ReceiptFormat.Read(stored)));
    }

    [Theory]
    [InlineData("25458D18-21F4-4A1A-A337-A58C9AFEF37A", "SHA256:4DE5", "visitor-id-with=padding==", "not-base64url!")]
    [InlineData("not-a-uuid", "sha256:4DE548C7732043F7B7E28854D2971A777C74EB9BBFE1C13F69540555FD750FCB", "ab", "QQ")]
    public void Values_Not_In_Their_Usual_Shape_Are_Kept_As_Text(string receiptId, string hash, string visitorId, string mac)
    {
        var receipt = Sealed() with { ReceiptId = receiptId, Hash = hash, VisitorId = visitorId, Mac = mac };

        var stored = ReceiptFormat.Write(receipt, compact: true);

        Assert.Equal(ReceiptCodec.Version, stored[0]);
        Assert.Equal(Json(receipt), Json(ReceiptFormat.Read(stored)));
    }

    [Fact]
    public void Versions_Of_Other_Purposes_Than_The_Choices_Round_Trip()
    {
        var receipt = Sealed() with { PurposeVersions = Sorted(("analytics", 4), ("retired_purpose", 1)) };

        var stored = ReceiptFormat.Write(receipt, compact: true);

        Assert.Equal(ReceiptCodec.Version, stored[0]);
        Assert.Equal(Json(receipt), Json(ReceiptFormat.Read(stored)));
    }

    [Fact]
    public void Receipt_The_Codec_Would_Change_Is_Stored_As_Its_Json()
    {
        // Unsorted choices: the codec reads maps back sorted, so its JSON would differ from what was sealed.
        var receipt = Sealed() with { Choices = new Dictionary<string, bool> { ["retargeting"] = false, ["analytics"] = true } };

        var stored = ReceiptFormat.Write(receipt, compact: true);

        Assert.Equal(Json(receipt), Encoding.UTF8.GetString(stored));
        Assert.Equal(Json(receipt), Json(ReceiptFormat.Read(stored)));
    }

    [Fact]
    public void Compact_Storage_Off_Stores_Json()
    {
        var stored = ReceiptFormat.Write(Sealed(), compact: false);

        Assert.Equal(Json(Sealed()), Encoding.UTF8.GetString(stored));
    }

    [Fact]
    public void Truncated_Or_Extended_Compact_Receipt_Is_Refused()
    {
        var stored = ReceiptFormat.Write(Sealed(), compact: true);

        Assert.Throws<InvalidDataException>(() => ReceiptFormat.Read(stored[..^5]));
        Assert.Throws<InvalidDataException>(() => ReceiptFormat.Read([.. stored, 0]));
        Assert.Throws<InvalidDataException>(() => ReceiptFormat.Read([2, .. stored[1..]]));
    }
}
