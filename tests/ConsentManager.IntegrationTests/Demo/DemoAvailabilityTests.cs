using System.Net;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Demo;

/// <summary>The demo job board is a Development tool: a deployed API must not serve it (the e2e tests cover the demo itself).</summary>
[Collection(ApiCollection.Name)]
public sealed class DemoAvailabilityTests(ConsentApiApplication app)
{
    [Theory]
    [InlineData("/demo")]
    [InlineData("/demo/vacatures/dotnet-amsterdam")]
    [InlineData("/demo/hits")]
    [InlineData("/demo/assets/analytics.js")]
    public async Task Demo_Is_Not_Served_Outside_Development(string path)
    {
        var response = await new ApiScenario(app).Anonymous().GetAsync(path);

        await ApiScenario.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
