using System.Net;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ConsentManager.IntegrationTests.Http;

/// <summary>Outside Development: HTTPS only (redirect and HSTS), unless Http:AllowPlainHttp says a proxy terminates TLS.</summary>
[Collection(ApiCollection.Name)]
public sealed class HttpsEnforcementTests(ConsentApiApplication app)
{
    [Fact]
    public async Task Plain_Http_Is_Redirected_To_Https()
    {
        using var factory = app.WithWebHostBuilder(builder => builder.UseSetting("https_port", "443"));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://consent.example") });

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://consent.example/healthz", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Https_Answers_Carry_Hsts()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://consent.example") });

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Allow_Plain_Http_Serves_Http_Without_Redirect_Or_Hsts()
    {
        using var factory = app.WithWebHostBuilder(builder => builder.UseSetting("https_port", "443").UseSetting("Http:AllowPlainHttp", "true"));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://consent.example") });

        var plain = await factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/healthz");
        var secure = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.False(secure.Headers.Contains("Strict-Transport-Security"));
    }
}
