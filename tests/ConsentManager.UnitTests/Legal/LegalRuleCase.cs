using System.Text.Json;
using ConsentManager.Api.Decisions;
using ConsentManager.Api.Http;
using ConsentManager.Api.Legal;
using ConsentManager.Api.Regimes;

namespace ConsentManager.UnitTests.Legal;

/// <summary>One row of <c>tests/fixtures/legal-rules.json</c>, read with the API's own JSON contract.</summary>
public sealed record LegalRuleCase(
    Regime Regime, bool Gpc, PurposeRole Role, bool Preset, bool Askable, bool AcceptAll, LegalRuleCase.Outcome WithoutAnswer)
{
    public sealed record Outcome(bool Allowed, DecisionReason Reason);

    private sealed record Table(IReadOnlyList<LegalRuleCase> Cases);

    public static IReadOnlyList<LegalRuleCase> All { get; } = Load();

    public override string ToString() => $"{Regime} gpc={Gpc} {Role}";

    private static IReadOnlyList<LegalRuleCase> Load()
    {
        var options = new JsonSerializerOptions();
        JsonDefaults.ApplyTo(options, strict: false);
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "legal-rules.json");
        return JsonSerializer.Deserialize<Table>(File.ReadAllText(path), options)!.Cases;
    }
}
