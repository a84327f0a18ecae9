using System.Net;
using ConsentManager.Client;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ConsentManager.IntegrationTests.Client;

/// <summary>An API that answers badly or not at all: the client says "not allowed, unavailable" and never throws.</summary>
public sealed class FailClosedTests
{
    private const string VisitorId = "0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(429)]
    [InlineData(401)]
    public async Task Error_Answer_Fails_Closed(int status)
    {
        await using var api = await StartStubAsync(context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });

        var decision = await ClientFor(api.Url).IsAllowedAsync("site-one", VisitorId, "analytics");

        Assert.Equal(ConsentDecision.Unavailable, decision);
    }

    [Fact]
    public async Task Timeout_Fails_Closed_Within_The_Timeout()
    {
        var never = new TaskCompletionSource();
        await using var api = await StartStubAsync(_ => never.Task);
        var started = DateTime.UtcNow;

        var decision = await ClientFor(api.Url, TimeSpan.FromMilliseconds(200)).IsAllowedAsync("site-one", VisitorId, "analytics");

        Assert.Equal(ConsentDecision.Unavailable, decision);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        never.SetResult();
    }

    [Fact]
    public async Task Network_Error_Fails_Closed_For_Every_Batch_Pair()
    {
        string url;
        await using (var gone = await StartStubAsync(_ => Task.CompletedTask))
        {
            url = gone.Url;
        }

        var decisions = await ClientFor(url).IsAllowedAsync("site-one", [VisitorId], ["analytics", "retargeting"]);

        Assert.Equal([("analytics", false, "unavailable"), ("retargeting", false, "unavailable")],
            decisions.Select(item => (item.Purpose, item.Decision.Allowed, item.Decision.Reason)));
    }

    [Fact]
    public async Task Malformed_Answer_Fails_Closed()
    {
        await using var api = await StartStubAsync(context => context.Response.WriteAsync("{\"allowed\": \"yes\"}"));

        Assert.Equal(ConsentDecision.Unavailable, await ClientFor(api.Url).IsAllowedAsync("site-one", VisitorId, "analytics"));
    }

    private static ConsentClient ClientFor(string url, TimeSpan? timeout = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddConsentClient(options =>
        {
            options.BaseAddress = new Uri(url);
            options.ApiKey = "test-key";
            options.Timeout = timeout ?? TimeSpan.FromSeconds(2);
        });
        return services.BuildServiceProvider().GetRequiredService<ConsentClient>();
    }

    private static Task<LoopbackServer> StartStubAsync(RequestDelegate answer) => LoopbackServer.StartAsync(app => app.Run(answer));
}
