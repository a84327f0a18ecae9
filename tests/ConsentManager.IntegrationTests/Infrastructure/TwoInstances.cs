using System.Net.Http.Json;
using System.Text.Json;

namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>Two API instances on one store, as behind a load balancer: whichever answers, the answer is the same.</summary>
public static class TwoInstances
{
    private static readonly string[] Purposes = ["analytics", "retargeting"];

    /// <summary>Writes through both instances, then asks both for every decision and compares the bodies.</summary>
    public static async Task AssertSameAnswersAsync(ConsentApiApplication first)
    {
        await using var second = new SecondInstanceApplication(first.StoreConfiguration);
        var (one, two) = (new ApiScenario(first), new ApiScenario(second));
        var siteId = await one.CreateSiteAsync();
        var key = await two.CreateKeyAsync(siteId, "decisions:read");
        var visitors = new List<string>();
        // Minted by the POST itself, or by the other instance's /config: its token must hold on either instance.
        var writes = new (ApiScenario Api, string Action, string[] Granted, TestVisitor? Visitor)[]
        {
            (one, "accept_all", ApiScenario.TemplatePurposes, null),
            (two, "custom", ["analytics"], await one.NewVisitorAsync(siteId)),
            (one, "reject_all", [], await two.NewVisitorAsync(siteId)),
        };
        foreach (var (api, action, granted, visitor) in writes)
        {
            var receipt = await api.RecordConsentAsync(siteId, action, granted, visitor);
            visitors.Add(receipt.GetProperty("visitorId").GetString()!);
        }

        visitors.Add(ApiScenario.NewVisitorId());
        var batch = new { visitorIds = visitors, purposes = Purposes };
        var answers = await Task.WhenAll(new[] { one, two }.Select(async api =>
        {
            var processor = api.WithKey(key);
            var single = await Task.WhenAll(visitors.SelectMany(visitor => Purposes.Select(purpose => api.DecideAsync(processor, siteId, visitor, purpose))));
            var many = await ApiScenario.ReadJsonAsync(await processor.PostAsJsonAsync($"/v1/sites/{siteId}/decisions", batch));
            return JsonSerializer.Serialize(single) + JsonSerializer.Serialize(many);
        }));

        Assert.Equal(answers[0], answers[1]);
        Assert.Contains("\"granted\"", answers[0]);
        Assert.Contains("\"no_consent\"", answers[0]);
    }
}
