using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using ConsentManager.Client;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConsentManager.IntegrationTests.Client;

/// <summary>
/// A processor's app built on the client package, on Kestrel at a free loopback port (so the API's webhooks reach
/// it over real HTTP): a gated minimal endpoint <c>/pixel</c>, a gated MVC action <c>/mvc/pixel</c> and the webhook
/// receiver. Its consent client reaches the in-process API; it shares the API's clock, so signatures are fresh.
/// </summary>
public sealed class ProcessorApplication : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ProcessorApplication(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public int HandlerRuns => _app.Services.GetRequiredService<HandlerCounter>().Runs;

    public ConsentClient Client => _app.Services.GetRequiredService<ConsentClient>();

    public static async Task<ProcessorApplication> StartAsync(
        ConsentApiApplication api, string siteId, string apiKey, TimeSpan cache = default, string? webhookSecret = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(api.Clock);
        builder.Services.AddSingleton<HandlerCounter>();
        builder.Services.AddConsentClient(options =>
            {
                options.BaseAddress = api.Server.BaseAddress;
                options.ApiKey = apiKey;
                options.SiteId = siteId;
                options.CacheDuration = cache;
                options.WebhookSecret = webhookSecret;
            })
            .ConfigurePrimaryHttpMessageHandler(() => api.Server.CreateHandler());
        builder.Services.AddControllers().AddApplicationPart(typeof(GatedController).Assembly);

        var app = builder.Build();
        app.MapGet("/pixel", (HandlerCounter counter) => counter.Run()).RequireConsent("retargeting");
        app.MapControllers();
        app.MapConsentWebhooks();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ProcessorApplication(app) { Url = address };
    }

    /// <summary>A browser of <paramref name="visitorId"/> on <paramref name="siteId"/>: the widget's consent cookie set.</summary>
    public HttpClient Browser(string siteId, string? visitorId)
    {
        var client = new HttpClient { BaseAddress = new Uri(Url) };
        if (visitorId is not null)
        {
            var record = JsonSerializer.Serialize(new { visitorId, receiptId = Guid.NewGuid(), expiresAt = "2027-01-01T00:00:00Z", choices = new { }, purposeVersions = new { } });
            client.DefaultRequestHeaders.Add("Cookie", $"{ConsentCookieVisitorAccessor.CookiePrefix}{siteId}={Base64Url.EncodeToString(Encoding.UTF8.GetBytes(record))}");
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
