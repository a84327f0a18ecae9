using System.Text;
using ConsentManager.GeoIp.Codes;

namespace ConsentManager.GeoIp.Tests.Codes;

public sealed class CodeTableTests
{
    [Theory]
    [InlineData("DE", "DE")]
    [InlineData("de", "DE")]
    [InlineData("ZZ", "ZZ")]
    public void Country_Code_Bytes_Map_To_Upper_Case_Code(string utf8, string expected)
    {
        Assert.Equal(expected, CountryCodes.FromUtf8(Encoding.UTF8.GetBytes(utf8)));
    }

    [Fact]
    public void Country_Code_Is_The_Same_Instance_Every_Time()
    {
        Assert.Same(CountryCodes.FromUtf8("FR"u8), CountryCodes.FromUtf8("FR"u8));
    }

    [Theory]
    [InlineData("")]
    [InlineData("D")]
    [InlineData("DEU")]
    [InlineData("D1")]
    [InlineData("@[")]
    public void Malformed_Country_Code_Maps_To_Null(string utf8)
    {
        Assert.Null(CountryCodes.FromUtf8(Encoding.UTF8.GetBytes(utf8)));
    }

    [Fact]
    public void Subdivision_Code_Is_Cached_After_First_Sight()
    {
        var first = SubdivisionCodes.FromUtf8("NRW"u8);

        Assert.Equal("NRW", first);
        Assert.Same(first, SubdivisionCodes.FromUtf8("NRW"u8));
    }

    [Fact]
    public void Codes_Differing_Only_In_Length_Do_Not_Collide_In_The_Cache()
    {
        Assert.Equal("E", SubdivisionCodes.FromUtf8("E"u8));
        Assert.Equal("EN", SubdivisionCodes.FromUtf8("EN"u8));
        Assert.Equal("ENG", SubdivisionCodes.FromUtf8("ENG"u8));
    }

    [Fact]
    public void Empty_Subdivision_Code_Maps_To_Null()
    {
        Assert.Null(SubdivisionCodes.FromUtf8(""u8));
    }

    [Theory]
    [InlineData("GR", true)]
    [InlineData("HR", true)]
    [InlineData("RE", true)]
    [InlineData("GB", false)]
    [InlineData("CH", false)]
    [InlineData("NO", false)]
    public void EU_Membership_Follows_The_Built_In_List(string code, bool member)
    {
        Assert.Equal(member, EuropeanUnion.Contains(code));
    }
}
