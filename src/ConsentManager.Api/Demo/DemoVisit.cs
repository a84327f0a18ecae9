using System.Net;
using ConsentManager.Api.Sites;

namespace ConsentManager.Api.Demo;

/// <summary>
/// One request to the demo: its language (<c>?lang=en</c>, else Dutch), the site whose widget it embeds
/// (<c>?site=</c>, else the seeded demo site) and the strict CSP's nonce (<c>?csp=strict</c>, see <see cref="DemoCsp"/>),
/// all carried along on every link so a visit stays in one setting.
/// </summary>
internal sealed record DemoVisit(bool English, string SiteId, string Path, string? Nonce = null)
{
    public static DemoVisit From(HttpRequest request)
    {
        var site = request.Query["site"].ToString();
        return new DemoVisit(
            request.Query["lang"] == "en", Identifiers.IsSiteId(site) ? site : DemoSiteSeeder.SiteId, request.Path, DemoCsp.Apply(request));
    }

    /// <summary>The nonce attribute the page's own inline scripts need under the strict CSP, else nothing.</summary>
    public string NonceAttribute => Nonce is null ? "" : $" nonce=\"{Nonce}\"";

    public string Lang => English ? "en" : "nl";

    public string T(string nl, string en) => English ? en : nl;

    public string T(Text text) => English ? text.En : text.Nl;

    /// <summary>A demo URL keeping this visit's language and site.</summary>
    public string Url(string path) => Url(path, English);

    /// <summary><see cref="Url(string)"/>, HTML-encoded for an attribute.</summary>
    public string Href(string path) => Encode(Url(path, English));

    /// <summary>The current page in the other language.</summary>
    public string OtherLanguageHref => Encode(Url(Path, !English));

    /// <summary>Hidden form fields that carry the language and site through a GET form.</summary>
    public string HiddenFields =>
        (English ? """<input type="hidden" name="lang" value="en">""" : "") +
        (SiteId == DemoSiteSeeder.SiteId ? "" : $"""<input type="hidden" name="site" value="{Encode(SiteId)}">""");

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    private string Url(string path, bool english)
    {
        var query = new List<string>();
        if (english)
        {
            query.Add("lang=en");
        }

        if (SiteId != DemoSiteSeeder.SiteId)
        {
            query.Add("site=" + SiteId);
        }

        if (Nonce is not null)
        {
            query.Add("csp=" + DemoCsp.QueryValue);
        }

        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }
}

/// <summary>A demo text in Dutch and English.</summary>
internal sealed record Text(string Nl, string En);
