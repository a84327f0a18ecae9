using System.Net.Http.Json;
using System.Text.Json;
using ConsentManager.E2E.Infrastructure;

namespace ConsentManager.E2E.Widget;

/// <summary>A site on another origin pins the widget with Subresource Integrity, as manifest.json describes it.</summary>
[Collection(JobBoardCollection.Name)]
public sealed class PinnedScriptTests(JobBoardSession session)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Pinned_Script_Runs_Cross_Origin_Only_With_The_Right_Integrity(bool rightHash) => session.VisitAsync(async visitor =>
    {
        var api = session.Server.BaseUrl;
        using var http = new HttpClient { BaseAddress = api };
        var manifest = await http.GetFromJsonAsync<JsonElement>("/widget/v1/manifest.json");
        var integrity = rightHash ? manifest.GetProperty("integrity").GetString() : "sha384-" + Convert.ToBase64String(new byte[48]);
        // localhost and 127.0.0.1 are different origins for the browser: the page is a site, the script its CDN.
        await visitor.Page.GotoAsync($"http://localhost:{api.Port}/healthz");

        await visitor.Page.SetContentAsync(
            $"""<script src="{api.GetLeftPart(UriPartial.Authority)}{manifest.GetProperty("src").GetString()}" integrity="{integrity}" crossorigin="anonymous" data-site-id="demo-jobboard"></script>""");

        Assert.Equal(rightHash, await visitor.Page.EvaluateAsync<bool>("() => typeof window.ConsentManager === 'object'"));
    });
}
