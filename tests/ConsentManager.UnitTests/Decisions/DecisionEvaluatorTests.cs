using ConsentManager.Api.Consents;
using ConsentManager.Api.Decisions;
using ConsentManager.Api.Regimes;
using ConsentManager.Api.Sightings;
using ConsentManager.Api.Sites;

namespace ConsentManager.UnitTests.Decisions;

public sealed class DecisionEvaluatorTests
{
    private static readonly DateTimeOffset RecordedAt = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Purpose Analytics = new("analytics", 2, new("a", "a"), new("b", "b"), []);

    private static readonly LatestSighting OptOut = new(Regime.OptOut, false);

    private static ConsentReceipt Receipt(ConsentAction action = ConsentAction.Custom, bool granted = true, int version = 2, int lifetimeDays = 182,
        Regime regime = Regime.OptIn, bool gpc = false, string[]? defaulted = null) => new(
        "8b0f4c1e-3a55-4f0e-9d8e-0a1b2c3d4e5f", "visitor-abcdefghijklmnop", "site-a", action,
        new Dictionary<string, bool> { ["analytics"] = granted }, new Dictionary<string, int> { ["analytics"] = version },
        RecordedAt, RecordedAt.AddDays(lifetimeDays), regime, "NL", gpc, null, "bar", Language.Nl, null,
        ReceiptSource.Widget, UserActivation: true, defaulted ?? [], PreviousReceiptId: null, PreviousHash: null);

    [Fact]
    public void No_Receipt_Is_No_Consent_And_Denied()
    {
        var decision = DecisionEvaluator.Evaluate(Analytics, null, LatestSighting.None, RecordedAt);

        Assert.Equal(new Decision(false, DecisionReason.NoConsent, null, null), decision);
    }

    [Fact]
    public void Receipt_Without_The_Purpose_Is_No_Consent()
    {
        var otherPurpose = Analytics with { Id = "job_alert_marketing" };

        var decision = DecisionEvaluator.Evaluate(otherPurpose, Receipt(), LatestSighting.None, RecordedAt);

        Assert.Equal(DecisionReason.NoConsent, decision.Reason);
        Assert.False(decision.Allowed);
    }

    [Fact]
    public void Granted_Current_Consent_Is_Allowed_With_Its_Version_And_Expiry()
    {
        var decision = DecisionEvaluator.Evaluate(Analytics, Receipt(), LatestSighting.None, RecordedAt.AddDays(1));

        Assert.Equal(new Decision(true, DecisionReason.Granted, 2, RecordedAt.AddDays(182)), decision);
    }

    [Fact]
    public void Refused_Purpose_Is_Denied()
    {
        var decision = DecisionEvaluator.Evaluate(Analytics, Receipt(granted: false), LatestSighting.None, RecordedAt);

        Assert.Equal(DecisionReason.Denied, decision.Reason);
        Assert.False(decision.Allowed);
    }

    [Fact]
    public void Withdrawal_Is_Withdrawn_Even_If_A_Choice_Says_Granted()
    {
        var decision = DecisionEvaluator.Evaluate(Analytics, Receipt(ConsentAction.Withdraw, granted: true), LatestSighting.None, RecordedAt);

        Assert.Equal(DecisionReason.Withdrawn, decision.Reason);
        Assert.False(decision.Allowed);
    }

    [Theory]
    [InlineData(-1, DecisionReason.Granted)]
    [InlineData(0, DecisionReason.Expired)]
    [InlineData(1, DecisionReason.Expired)]
    public void Consent_Expires_Exactly_At_ExpiresAt(int secondsFromExpiry, DecisionReason expected)
    {
        var receipt = Receipt(lifetimeDays: 10);
        var now = receipt.ExpiresAt.AddSeconds(secondsFromExpiry);

        var decision = DecisionEvaluator.Evaluate(Analytics, receipt, LatestSighting.None, now);

        Assert.Equal(expected, decision.Reason);
        Assert.Equal(expected == DecisionReason.Granted, decision.Allowed);
    }

    [Fact]
    public void Expiry_Is_Reported_Before_An_Outdated_Version()
    {
        var receipt = Receipt(version: 1, lifetimeDays: 1);

        var decision = DecisionEvaluator.Evaluate(Analytics, receipt, LatestSighting.None, receipt.ExpiresAt);

        Assert.Equal(DecisionReason.Expired, decision.Reason);
    }

    [Fact]
    public void Consent_To_An_Older_Version_Is_Policy_Outdated()
    {
        var decision = DecisionEvaluator.Evaluate(Analytics, Receipt(version: 1), LatestSighting.None, RecordedAt);

        Assert.Equal(new Decision(false, DecisionReason.PolicyOutdated, 1, RecordedAt.AddDays(182)), decision);
    }

    [Theory]
    [InlineData(Regime.OptOut, false, true, DecisionReason.OptOutDefault)]
    [InlineData(Regime.Notice, false, true, DecisionReason.OptOutDefault)]
    [InlineData(Regime.OptOut, true, true, DecisionReason.OptOutDefault)]
    [InlineData(Regime.OptIn, false, false, DecisionReason.NoConsent)]
    public void Without_A_Receipt_The_Sighted_Regime_Decides(Regime regime, bool gpc, bool allowed, DecisionReason reason)
    {
        var decision = DecisionEvaluator.Evaluate(Analytics, null, new LatestSighting(regime, gpc), RecordedAt);

        Assert.Equal(new Decision(allowed, reason, null, null), decision);
    }

    [Fact]
    public void Under_Opt_Out_A_Recorded_Refusal_Still_Denies()
    {
        var decision = DecisionEvaluator.Evaluate(Analytics, Receipt(granted: false, regime: Regime.OptOut), OptOut, RecordedAt);

        Assert.Equal(DecisionReason.Denied, decision.Reason);
        Assert.False(decision.Allowed);
    }

    [Fact]
    public void Purpose_Missing_From_A_Custom_Receipt_Follows_The_Latest_Sighting()
    {
        var jobAlerts = Analytics with { Id = "job_alert_marketing" };

        var seenUnderOptOut = DecisionEvaluator.Evaluate(jobAlerts, Receipt(regime: Regime.OptOut), OptOut, RecordedAt);
        var seenUnderOptIn = DecisionEvaluator.Evaluate(jobAlerts, Receipt(regime: Regime.OptOut), LatestSighting.None, RecordedAt);

        Assert.Equal(DecisionReason.OptOutDefault, seenUnderOptOut.Reason);
        Assert.Equal(DecisionReason.NoConsent, seenUnderOptIn.Reason);
    }

    [Theory]
    [InlineData(ConsentAction.RejectAll, DecisionReason.Denied)]
    [InlineData(ConsentAction.Withdraw, DecisionReason.Withdrawn)]
    public void Refusal_Denies_A_Purpose_It_Never_Listed_Even_Under_Opt_Out(ConsentAction action, DecisionReason reason)
    {
        var addedLater = Analytics with { Id = "display_ads" };

        var decision = DecisionEvaluator.Evaluate(addedLater, Receipt(action, granted: false, regime: Regime.OptOut), OptOut, RecordedAt);

        Assert.Equal(reason, decision.Reason);
        Assert.False(decision.Allowed);
    }

    [Fact]
    public void Defaulted_Grant_Counts_Under_Opt_Out_And_Is_No_Consent_Once_Seen_Under_Opt_In()
    {
        var receipt = Receipt(regime: Regime.OptOut, defaulted: ["analytics"]);

        var underOptOut = DecisionEvaluator.Evaluate(Analytics, receipt, OptOut, RecordedAt);
        var underOptIn = DecisionEvaluator.Evaluate(Analytics, receipt, new LatestSighting(Regime.OptIn, false), RecordedAt);
        var activeGrant = DecisionEvaluator.Evaluate(Analytics, Receipt(regime: Regime.OptOut), new LatestSighting(Regime.OptIn, false), RecordedAt);

        Assert.Equal(DecisionReason.Granted, underOptOut.Reason);
        Assert.Equal(new Decision(false, DecisionReason.NoConsent, 2, RecordedAt.AddDays(182)), underOptIn);
        Assert.Equal(DecisionReason.Granted, activeGrant.Reason);
    }
}
