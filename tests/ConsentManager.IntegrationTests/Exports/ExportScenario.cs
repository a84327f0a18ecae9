using System.Net;
using System.Text.Json;
using ConsentManager.IntegrationTests.Infrastructure;

namespace ConsentManager.IntegrationTests.Exports;

/// <summary>Writes many receipts and reads an NDJSON export back, for the export tests on one server and on a cluster.</summary>
public static class ExportScenario
{
    private const int Parallel = 8;
    private const int Attempts = 5;

    /// <summary>Records <paramref name="count"/> receipts (alternating choices); returns receipt id → summary.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RecordManyAsync(ApiScenario api, string siteId, int count)
    {
        var written = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        var client = api.Anonymous();
        await System.Threading.Tasks.Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = Parallel }, async (i, _) =>
        {
            var granted = i % 2 == 0 ? ApiScenario.TemplatePurposes : ["analytics"];
            var body = ApiScenario.ConsentBody(i % 2 == 0 ? "accept_all" : "custom", granted, receiptId: Guid.NewGuid().ToString());
            var response = await PostWithRetriesAsync(client, $"/v1/sites/{siteId}/consents", body);
            // 200: an attempt that answered 503 had stored it after all, and the retry found it.
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var receipt = await ApiScenario.ReadJsonAsync(response);
            written[receipt.GetProperty("receiptId").GetString()!] = Summary(receipt);
        });
        return written;
    }

    // On a loaded machine a store call can exceed its timeout (503 with Retry-After). The widget retries the same
    // receipt id, which the API stores once; so does this writer.
    private static async Task<HttpResponseMessage> PostWithRetriesAsync(HttpClient client, string path, System.Text.Json.Nodes.JsonNode body)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await client.PostAsync(path, System.Net.Http.Json.JsonContent.Create(body));
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt == Attempts)
            {
                return response;
            }
        }
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
