using ConsentManager.Api.Consents;
using ConsentManager.Api.Decisions;
using ConsentManager.Api.Regimes;
using ConsentManager.Api.Sites;

namespace ConsentManager.UnitTests.Decisions;

public sealed class DecisionEvaluatorTests
{
    private static readonly DateTimeOffset RecordedAt = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Purpose Analytics = new("analytics", 2, new("a", "a"), new("b", "b"), []);

    private static ConsentReceipt Receipt(ConsentAction action = ConsentAction.Custom, bool granted = true, int version = 2, int lifetimeDays = 182) => new(
        "8b0f4c1e-3a55-4f0e-9d8e-0a1b2c3d4e5f", "visitor-abcdefghijklmnop", "site-a", action,
        new Dictionary<string, bool> { ["analytics"] = granted }, new Dictionary<string, int> { ["analytics"] = version },
        RecordedAt, RecordedAt.AddDays(lifetimeDays), Regime.OptIn, "NL", false, Language.Nl, null, null);

    [Fact]
    public void No_Receipt_Is_No_Consent_And_Denied()
    {
        var decision = DecisionEvaluator.Evaluate(Analytics, null, RecordedAt);

        Assert.Equal(new Decision(false, DecisionReason.NoConsent, null, null), decision);
    }

    [Fact]
    public void Receipt_Without_The_Purpose_Is_No_Consent()
    {
        var otherPurpose = Analytics with { Id = "job_alert_marketing" };

        var decision = DecisionEvaluator.Evaluate(otherPurpose, Receipt(), RecordedAt);

        Assert.Equal(DecisionReason.NoConsent, decision.Reason);
        Assert.False(decision.Allowed);
    }

    [Fact]
    public void Granted_Current_Consent_Is_Allowed_With_Its_Version_And_Expiry()
    {
        var decision = DecisionEvaluator.Evaluate(Analytics, Receipt(), RecordedAt.AddDays(1));

        Assert.Equal(new Decision(true, DecisionReason.Granted, 2, RecordedAt.AddDays(182)), decision);
    }

    [Fact]
    public void Refused_Purpose_Is_Denied()
    {
        var decision = DecisionEvaluator.Evaluate(Analytics, Receipt(granted: false), RecordedAt);

        Assert.Equal(DecisionReason.Denied, decision.Reason);
        Assert.False(decision.Allowed);
    }

    [Fact]
    public void Withdrawal_Is_Withdrawn_Even_If_A_Choice_Says_Granted()
    {
        var decision = DecisionEvaluator.Evaluate(Analytics, Receipt(ConsentAction.Withdraw, granted: true), RecordedAt);

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

        var decision = DecisionEvaluator.Evaluate(Analytics, receipt, now);

        Assert.Equal(expected, decision.Reason);
        Assert.Equal(expected == DecisionReason.Granted, decision.Allowed);
    }

    [Fact]
    public void Expiry_Is_Reported_Before_An_Outdated_Version()
    {
        var receipt = Receipt(version: 1, lifetimeDays: 1);

        var decision = DecisionEvaluator.Evaluate(Analytics, receipt, receipt.ExpiresAt);

        Assert.Equal(DecisionReason.Expired, decision.Reason);
    }

    [Fact]
    public void Consent_To_An_Older_Version_Is_Policy_Outdated()
    {
        var decision = DecisionEvaluator.Evaluate(Analytics, Receipt(version: 1), RecordedAt);

        Assert.Equal(new Decision(false, DecisionReason.PolicyOutdated, 1, RecordedAt.AddDays(182)), decision);
    }
}
