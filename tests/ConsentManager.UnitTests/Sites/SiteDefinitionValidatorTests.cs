using ConsentManager.Api.Errors;
using ConsentManager.Api.Sites;

namespace ConsentManager.UnitTests.Sites;

public sealed class SiteDefinitionValidatorTests
{
    private static SiteDefinition Valid(params string[] origins) => new(
        new DataController("Vacatures B.V.", "https://jobs.example/privacy"),
        origins.Length > 0 ? origins : ["https://jobs.example"],
        Language.Nl,
        RecruitmentTemplate.Purposes);

    [Fact]
    public void Recruitment_Template_Is_A_Valid_Site()
    {
        SiteDefinitionValidator.Validate(Valid(), existing: null);
    }

    [Theory]
    [InlineData("https://jobs.example", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("https://jobs.example/", false)]
    [InlineData("https://jobs.example/path", false)]
    [InlineData("jobs.example", false)]
    [InlineData("ftp://jobs.example", false)]
    [InlineData("https://Jobs.Example", false)]
    public void Allowed_Origins_Must_Be_Exact_Origins(string origin, bool valid)
    {
        var error = Record.Exception(() => SiteDefinitionValidator.Validate(Valid(origin), existing: null));

        Assert.Equal(valid, error is null);
        if (!valid)
        {
            Assert.Contains($"'{origin}' is not an origin", Assert.IsType<ApiProblemException>(error).Message);
        }
    }

    [Theory]
    [InlineData("_ga", true)]
    [InlineData("_ga_*", true)]
    [InlineData("*", false)]
    [InlineData("a*b", false)]
    [InlineData("bad name", false)]
    public void Vendor_Cookie_Names_Allow_Only_A_Trailing_Wildcard(string cookie, bool valid)
    {
        var purpose = RecruitmentTemplate.Purposes[0] with { Vendors = [new Vendor("V", 30, false, [cookie])] };

        var error = Record.Exception(() => SiteDefinitionValidator.Validate(Valid() with { Purposes = [purpose] }, existing: null));

        Assert.Equal(valid, error is null);
    }

    [Fact]
    public void A_Purpose_Version_May_Rise_But_Not_Fall()
    {
        var site = new Site("site-a", Valid() with { Purposes = [RecruitmentTemplate.Purposes[0] with { Version = 3 }] }, DateTimeOffset.UnixEpoch);

        var raised = Record.Exception(() => SiteDefinitionValidator.Validate(Valid() with { Purposes = [RecruitmentTemplate.Purposes[0] with { Version = 4 }] }, site));
        var lowered = Assert.Throws<ApiProblemException>(() => SiteDefinitionValidator.Validate(Valid() with { Purposes = [RecruitmentTemplate.Purposes[0] with { Version = 2 }] }, site));

        Assert.Null(raised);
        Assert.Equal(400, lowered.Status);
        Assert.Contains("cannot go down from 3 to 2", lowered.Message);
    }
}
