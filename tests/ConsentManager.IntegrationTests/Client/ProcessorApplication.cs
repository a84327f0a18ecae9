using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using ConsentManager.Client;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentManager.IntegrationTests.Client;

/// <summary>
/// A processor's app built on the client package, on Kestrel at a free loopback port (so the API's webhooks reach
/// it over real HTTP): a gated minimal endpoint <c>/pixel</c>, a gated MVC action <c>/mvc/pixel</c> and the webhook
/// receiver. Its consent client reaches the in-process API; it shares the API's clock, so signatures are fresh.
/// </summary>
public sealed class ProcessorApplication : IAsyncDisposable
{
    private readonly LoopbackServer _server;

    private ProcessorApplication(LoopbackServer server) => _server = server;

    public string Url => _server.Url;

    public int HandlerRuns => _server.App.Services.GetRequiredService<HandlerCounter>().Runs;

    public ConsentClient Client => _server.App.Services.GetRequiredService<ConsentClient>();

    public static async Task<ProcessorApplication> StartAsync(
        ConsentApiApplication api, string siteId, string apiKey, TimeSpan cache = default, string? webhookSecret = null)
    {
        return new ProcessorApplication(await LoopbackServer.StartAsync(
            app =>
            {
                app.MapGet("/pixel", (HandlerCounter counter) => counter.Run()).RequireConsent("retargeting");
                app.MapControllers();
                app.MapConsentWebhooks();
            },
            services =>
            {
                services.AddSingleton<TimeProvider>(api.Clock);
                services.AddSingleton<HandlerCounter>();
                services.AddConsentClient(options =>
                    {
                        options.BaseAddress = api.Server.BaseAddress;
                        options.ApiKey = apiKey;
                        options.SiteId = siteId;
                        options.CacheDuration = cache;
                        options.WebhookSecret = webhookSecret;
                    })
                    .ConfigurePrimaryHttpMessageHandler(() => api.Server.CreateHandler());
                services.AddControllers().AddApplicationPart(typeof(GatedController).Assembly);
            }));
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

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
