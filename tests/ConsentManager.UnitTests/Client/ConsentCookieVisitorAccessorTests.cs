using System.Text;
using ConsentManager.Client;
using Microsoft.AspNetCore.Http;

namespace ConsentManager.UnitTests.Client;

public sealed class ConsentCookieVisitorAccessorTests
{
    // What the widget's encodeCookie writes: btoa(JSON) made URL-safe, padding dropped.
    private static string WidgetCookie(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    [Fact]
    public void Widget_Cookie_Yields_Its_Visitor_Id()
    {
        var context = WithCookie("cm_consent_jobboard-nl",
            WidgetCookie("""{"visitorId":"Vb3_x-9QmZkT0aJr4LpN2w","receiptId":"r","expiresAt":"2027-01-01","choices":{"analytics":true},"purposeVersions":{},"visitorToken":"Vb3_x-9QmZkT0aJr4LpN2w.bWFj"}"""));

        Assert.Equal("Vb3_x-9QmZkT0aJr4LpN2w", new ConsentCookieVisitorAccessor().GetVisitorId(context, "jobboard-nl"));
    }

    [Fact]
    public void Cookie_With_Only_A_Visitor_Token_Yields_The_Visitor_It_Names()
    {
        var context = WithCookie("cm_consent_jobboard-nl", WidgetCookie("""{"visitorToken":"Vb3_x-9QmZkT0aJr4LpN2w.bWFj"}"""));

        Assert.Equal("Vb3_x-9QmZkT0aJr4LpN2w", new ConsentCookieVisitorAccessor().GetVisitorId(context, "jobboard-nl"));
    }

    [Theory]
    [InlineData("cm_consent_other-site", """{"visitorId":"abc"}""")]
    [InlineData("cm_consent_jobboard-nl", """{"receiptId":"r"}""")]
    [InlineData("cm_consent_jobboard-nl", """{"visitorId":42}""")]
    [InlineData("cm_consent_jobboard-nl", """{"visitorToken":"no-dot"}""")]
    [InlineData("cm_consent_jobboard-nl", "[1]")]
    [InlineData("cm_consent_jobboard-nl", "not json")]
    public void Missing_Foreign_Or_Tampered_Cookie_Yields_No_Visitor(string name, string json)
    {
        var context = WithCookie(name, WidgetCookie(json));

        Assert.Null(new ConsentCookieVisitorAccessor().GetVisitorId(context, "jobboard-nl"));
    }

    [Fact]
    public void Cookie_That_Is_Not_Base64_Yields_No_Visitor()
    {
        Assert.Null(new ConsentCookieVisitorAccessor().GetVisitorId(WithCookie("cm_consent_jobboard-nl", "%%%"), "jobboard-nl"));
    }

    private static DefaultHttpContext WithCookie(string name, string value)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = $"{name}={value}";
        return context;
    }
}
