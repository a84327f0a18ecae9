using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ConsentManager.Api.Decisions;
using ConsentManager.Api.Http;
using Microsoft.Extensions.Options;
using MvcJsonOptions = Microsoft.AspNetCore.Mvc.JsonOptions;

namespace ConsentManager.Benchmarks;

// Writing a full batch answer (1000 visitors x 4 purposes, about 400 KB) into a buffer, as the response body gets it.
// Baseline: the controllers' serializer with the API's JSON options; the hand-written BatchDecisionJson against it.
// Full run:  dotnet run -c Release --project benchmarks/ConsentManager.Benchmarks -- --filter '*BatchAnswer*'
[MemoryDiagnoser]
public class BatchAnswerBenchmarks
{
    private static readonly string[] Purposes = ["analytics", "retargeting", "ip_processing", "job_alert_marketing"];
    private static readonly DecisionReason[] Reasons = Enum.GetValues<DecisionReason>();

    private readonly ArrayBufferWriter<byte> _body = new(512 * 1024);
    private JsonSerializerOptions _options = null!;
    private BatchDecisionJson _json = null!;
    private BatchDecisionResponse _answer = null!;

    [GlobalSetup]
    public void Build()
    {
        var mvc = new MvcJsonOptions();
        JsonDefaults.ApplyTo(mvc.JsonSerializerOptions, strict: true);
        _options = mvc.JsonSerializerOptions;
        _json = new BatchDecisionJson(Options.Create(mvc));
        _answer = new BatchDecisionResponse(Enumerable.Range(0, 1000)
            .SelectMany(visitor => Purposes.Select((purpose, index) =>
            {
                var reason = Reasons[(visitor + index) % Reasons.Length];
                return new BatchDecision($"visitor{visitor:D6}-abcdefghij", purpose, reason is DecisionReason.Granted, reason);
            }))
            .ToList());
    }

    [Benchmark(Baseline = true)]
    public int Serializer()
    {
        _body.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_body, _json.WriterOptions);
        JsonSerializer.Serialize(writer, _answer, _options);
        return _body.WrittenCount;
    }

    [Benchmark]
    public int HandWritten()
    {
        _body.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_body, _json.WriterOptions);
        _json.Write(writer, _answer);
        return _body.WrittenCount;
    }
}
