using ConsentManager.Api.Stats;

namespace ConsentManager.UnitTests.Stats;

public sealed class ProportionDifferenceTests
{
    // Hand-computed: d = x1/n1 - x2/n2, SE = sqrt(p1(1-p1)/n1 + p2(1-p2)/n2), CI = d ± 1.959964·SE.
    //   35/50 vs 20/40:   d = 0.2,   SE = sqrt(0.0042 + 0.00625)     = 0.102225, CI = (-0.0004, 0.4004)
    //   45/60 vs 20/40:   d = 0.25,  SE = sqrt(0.003125 + 0.00625)   = 0.096825, CI = (0.0602, 0.4398)
    //   300/1000 vs 360/1000: d = -0.06, SE = sqrt(0.00021 + 0.0002304) = 0.020986, CI = (-0.1011, -0.0189)
    //   50/100 vs 50/100: d = 0,     SE = sqrt(0.0025 + 0.0025)       = 0.070711, CI = (-0.1386, 0.1386)
    //   10/10 vs 0/10:    d = 1,     SE = 0 (both proportions certain),            CI = (1, 1)
    [Theory]
    [InlineData(35, 50, 20, 40, 0.2, -0.0004, 0.4004, false)]
    [InlineData(45, 60, 20, 40, 0.25, 0.0602, 0.4398, true)]
    [InlineData(300, 1000, 360, 1000, -0.06, -0.1011, -0.0189, true)]
    [InlineData(50, 100, 50, 100, 0, -0.1386, 0.1386, false)]
    [InlineData(10, 10, 0, 10, 1, 1, 1, true)]
    public void Wald_Interval_Matches_Hand_Computed_Values(
        long x1, long n1, long x2, long n2, double difference, double lower, double upper, bool significant)
    {
        var result = ProportionDifference.Of(x1, n1, x2, n2);

        Assert.Equal(new ProportionDifference(difference, lower, upper, significant), result);
    }

    [Theory]
    [InlineData(0, 0, 5, 10)]
    [InlineData(5, 10, 0, 0)]
    public void Empty_Sample_Has_No_Comparison(long x1, long n1, long x2, long n2)
    {
        Assert.Null(ProportionDifference.Of(x1, n1, x2, n2));
    }
}
