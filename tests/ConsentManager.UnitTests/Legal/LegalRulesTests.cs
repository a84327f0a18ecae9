using ConsentManager.Api.Consents;
using ConsentManager.Api.Decisions;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Legal;
using ConsentManager.Api.Sightings;
using ConsentManager.Api.Sites;

namespace ConsentManager.UnitTests.Legal;

/// <summary>Every row of the shared regime × GPC × role table, against the API's rules, evaluator and validator.</summary>
public sealed class LegalRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<LegalRuleCase> Cases => new(LegalRuleCase.All);

    [Fact]
    public void Table_Covers_Every_Regime_Gpc_And_Role()
    {
        Assert.Equal(3 * 2 * Enum.GetValues<PurposeRole>().Length, LegalRuleCase.All.Select(row => (row.Regime, row.Gpc, row.Role)).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Preset_Askable_And_Accept_All_Follow_The_Table(LegalRuleCase row)
    {
        Assert.Equal(row.Preset, LegalRules.Preset(row.Regime, row.Gpc, row.Role));
        Assert.Equal(row.Askable, LegalRules.Askable(row.Gpc, row.Role));
        Assert.Equal(row.AcceptAll, LegalRules.AcceptAll(row.Gpc, row.Role));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decision_Without_An_Answer_Follows_The_Table(LegalRuleCase row)
    {
        var decision = DecisionEvaluator.Evaluate(PurposeWith(row.Role), null, new LatestSighting(row.Regime, row.Gpc), Now);

        Assert.Equal(row.WithoutAnswer.Allowed, decision.Allowed);
        Assert.Equal(row.WithoutAnswer.Reason, decision.Reason);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Accept_All_May_Leave_Out_Exactly_What_The_Table_Does_Not_Accept(LegalRuleCase row)
    {
        var purpose = PurposeWith(row.Role);
        var site = new Site("site-a", new SiteDefinition(new DataController("C", "https://c.example/p"), [], Language.Nl, [purpose]), Now);
        var refusing = new RecordConsentRequest(ConsentAction.AcceptAll,
            new Dictionary<string, bool> { [purpose.Id] = false }, new Dictionary<string, int> { [purpose.Id] = 1 }, Language.Nl);

        var error = Record.Exception(() => ConsentRequestValidator.Validate(site, refusing, row.Gpc));

        Assert.Equal(row.AcceptAll, error is ApiProblemException);
    }

    // A site's own purpose id, so only the role can drive the rules.
    private static Purpose PurposeWith(PurposeRole role) => new("site_purpose", 1, new("t", "t"), new("d", "d"), [], role);
}
