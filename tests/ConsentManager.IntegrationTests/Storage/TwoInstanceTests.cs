using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Storage;

/// <summary>Instances share nothing but Redis: caches in memory must never make two of them disagree.</summary>
[Collection(ApiCollection.Name)]
public sealed class TwoInstanceTests(ConsentApiApplication app)
{
    [Fact]
    public Task Two_Instances_On_One_Redis_Give_The_Same_Answers() => TwoInstances.AssertSameAnswersAsync(app);
}
