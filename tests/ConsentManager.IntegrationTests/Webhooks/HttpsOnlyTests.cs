using System.Net;
using System.Net.Http.Json;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace ConsentManager.IntegrationTests.Webhooks;

/// <summary>Outside Development a webhook must be https: a plain-http receiver would expose visitor ids in transit.</summary>
public sealed class HttpsOnlyTests(HttpsOnlyTests.ProductionLikeApplication app) : IClassFixture<HttpsOnlyTests.ProductionLikeApplication>
{
    [Fact]
    public async Task Http_Webhook_Url_Is_Refused_Outside_Development()
    {
        var api = new ApiScenario(app);
        var siteId = await api.CreateSiteAsync();
        var body = new { url = "http://processor.example/hooks", events = new[] { "consent.withdrawn" } };

        var response = await api.Admin().PutAsJsonAsync($"/v1/sites/{siteId}/webhooks/processor", body);

        var problem = await ApiScenario.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("must be an absolute https URL", problem.GetProperty("errors").GetProperty("url")[0].GetString());
    }

    /// <summary>The shared fixture, with the https-only default that every non-Development environment has.</summary>
    public sealed class ProductionLikeApplication : ConsentApiApplication
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Webhooks:AllowHttp", "false");
        }
    }
}
