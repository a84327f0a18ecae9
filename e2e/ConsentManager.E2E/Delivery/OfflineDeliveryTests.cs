using ConsentManager.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ConsentManager.E2E.Delivery;

/// <summary>The API cannot be reached when the visitor chooses: the choice still counts at once, and its proof follows.</summary>
[Collection(JobBoardCollection.Name)]
public sealed class OfflineDeliveryTests(JobBoardSession session)
{
    private const string Consents = "**/v1/sites/*/consents";

    [Fact]
    public Task Choice_Made_While_The_Api_Is_Unreachable_Applies_At_Once_And_Is_Delivered_Exactly_Once() => session.VisitAsync(async visitor =>
    {
        var refused = 0;
        await visitor.Context.RouteAsync(Consents, route =>
        {
            Interlocked.Increment(ref refused);
            return route.AbortAsync();
        });
        await visitor.OpenAsync();

        await visitor.AcceptAll.ClickAsync();

        await Expect(visitor.Banner).ToBeHiddenAsync();
        await visitor.Api.HitsBecomeAsync("analytics", "retargeting", "job_alert_marketing");
        var receiptId = (await visitor.LocalStateAsync())!.Value.GetProperty("receiptId").GetString();
        await Eventually.UntilAsync(() => Task.FromResult(Volatile.Read(ref refused)), count => count >= 1, "a refused delivery");
        var visitorId = await visitor.VisitorIdAsync();
        Assert.Null(await visitor.Api.ReceiptOrNullAsync(await visitor.VisitorTokenAsync()));
        Assert.Contains(receiptId!, await visitor.Page.EvaluateAsync<string>("() => localStorage.getItem('cm_queue_demo-jobboard')"));
        await visitor.Context.UnrouteAsync(Consents);

        // The queue retries after 1 s, then 2 s, 4 s…: the next retry gets through.
        Assert.Equal(receiptId, (await visitor.Api.ReceiptAsync(await visitor.VisitorTokenAsync())).GetProperty("receiptId").GetString());
        await Eventually.UntilAsync(
            () => visitor.Page.EvaluateAsync<string?>("() => localStorage.getItem('cm_queue_demo-jobboard')"), queued => queued is null, "an empty queue");
        await visitor.Page.ReloadAsync();
        await visitor.SettledAsync();
        var history = await visitor.Api.HistoryAsync(visitorId);
        Assert.Equal(receiptId, Assert.Single(history.EnumerateArray()).GetProperty("receiptId").GetString());
    });
}
