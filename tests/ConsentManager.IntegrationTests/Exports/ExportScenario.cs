using System.Net;
using System.Text.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Exports;

/// <summary>Writes many receipts and reads an NDJSON export back, for the export tests on one server and on a cluster.</summary>
public static class ExportScenario
{
    private const int Parallel = 16;

    /// <summary>Records <paramref name="count"/> receipts (alternating choices); returns receipt id → summary.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RecordManyAsync(ApiScenario api, string siteId, int count)
    {
        var written = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        var client = api.Anonymous();
        await System.Threading.Tasks.Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (i, _) =>
        {
            var granted = i % 2 == 0 ? ApiScenario.TemplatePurposes : ["analytics"];
            var body = ApiScenario.ConsentBody(i % 2 == 0 ? "accept_all" : "custom", granted, ApiScenario.NewVisitorId(), Guid.NewGuid().ToString());
            var response = await client.PostAsync($"/v1/sites/{siteId}/consents", System.Net.Http.Json.JsonContent.Create(body));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var receipt = await ApiScenario.ReadJsonAsync(response);
            written[receipt.GetProperty("receiptId").GetString()!] = Summary(receipt);
        });
        return written;
    }

    /// <summary>What must survive the export: visitor, action and choices.</summary>
    public static string Summary(JsonElement receipt) =>
        $"{receipt.GetProperty("visitorId").GetString()} {receipt.GetProperty("action").GetString()} {receipt.GetProperty("choices")}";

    public static async Task<IReadOnlyList<JsonElement>> ReadLinesAsync(HttpResponseMessage response)
    {
        var lines = new List<JsonElement>();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        while (await reader.ReadLineAsync() is { } line)
        {
            lines.Add(JsonDocument.Parse(line).RootElement.Clone());
        }

        return lines;
    }
}
