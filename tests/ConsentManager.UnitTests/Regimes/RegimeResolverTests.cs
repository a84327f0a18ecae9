using ConsentManager.Api.Regimes;
using ConsentManager.GeoIp;

namespace ConsentManager.UnitTests.Regimes;

public sealed class RegimeResolverTests
{
    private static readonly SiteRegimes Site = new(
        [new RegimeRule("JP", Regime.OptOut), new RegimeRule("US", Regime.Notice, "NY"), new RegimeRule("BR", Regime.OptIn)],
        Default: Regime.Notice);

    [Theory]
    [InlineData(null, false, null, Regime.OptIn)]          // unknown country: the strictest regime
    [InlineData("NL", true, null, Regime.OptIn)]           // EU by the database's flag
    [InlineData("NL", false, null, Regime.OptIn)]          // EU by the built-in list (ip-location-db has no flag)
    [InlineData("NO", false, null, Regime.OptIn)]          // EEA
    [InlineData("GB", false, null, Regime.OptIn)]
    [InlineData("CH", false, null, Regime.OptIn)]
    [InlineData("US", false, "CA", Regime.OptOut)]         // built-in US-CA
    [InlineData("US", false, "NY", Regime.Notice)]         // site subdivision rule
    [InlineData("US", false, "TX", Regime.Notice)]         // site default
    [InlineData("JP", false, null, Regime.OptOut)]         // site country rule
    [InlineData("BR", false, null, Regime.OptIn)]
    [InlineData("CN", false, null, Regime.Notice)]         // site default
    public void Regime_Follows_The_Documented_Order(string? country, bool inEu, string? subdivision, Regime expected)
    {
        Assert.Equal(expected, RegimeResolver.Resolve(Site, new GeoLocation(country, inEu, subdivision)));
    }

    [Fact]
    public void Site_Rule_For_California_Overrides_The_Built_In_Opt_Out()
    {
        var site = new SiteRegimes([new RegimeRule("US", Regime.OptIn, "CA")]);

        Assert.Equal(Regime.OptIn, RegimeResolver.Resolve(site, new GeoLocation("US", false, "CA")));
    }

    [Fact]
    public void Recruitment_Template_Is_Opt_In_Except_California()
    {
        Assert.Equal(Regime.OptIn, RegimeResolver.Resolve(SiteRegimes.Recruitment, new GeoLocation("CN", false, null)));
        Assert.Equal(Regime.OptOut, RegimeResolver.Resolve(SiteRegimes.Recruitment, new GeoLocation("US", false, "CA")));
    }
}
