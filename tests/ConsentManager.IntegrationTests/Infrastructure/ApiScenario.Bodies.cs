using System.Text.Json.Nodes;

namespace ConsentManager.IntegrationTests.Infrastructure;

// The request bodies a scenario sends, as static builders.
public sealed partial class ApiScenario
{
    /// <summary>A site with the recruitment purposes at the given versions (default 1).</summary>
    public static JsonObject SiteBody(int lifetimeDays = 182, IReadOnlyDictionary<string, int>? versions = null, string[]? origins = null,
        JsonObject? regimes = null)
    {
        var body = TemplateSite(lifetimeDays, versions, origins);
        if (regimes is not null)
        {
            body["regimes"] = regimes;
        }

        return body;
    }

    /// <summary>A site's regime table: a default and (country, subdivision, regime) rules.</summary>
    public static JsonObject Regimes(string defaultRegime, params (string Country, string? Subdivision, string Regime)[] rules) => new()
    {
        ["default"] = defaultRegime,
        ["rules"] = new JsonArray(rules.Select(rule => (JsonNode)new JsonObject
        {
            ["country"] = rule.Country, ["subdivision"] = rule.Subdivision, ["regime"] = rule.Regime,
        }).ToArray()),
    };

    private static JsonObject TemplateSite(int lifetimeDays, IReadOnlyDictionary<string, int>? versions, string[]? origins) => new()
    {
        ["controller"] = new JsonObject { ["name"] = "Test Vacatures B.V.", ["privacyPolicyUrl"] = "https://jobs.example/privacy" },
        ["allowedOrigins"] = new JsonArray((origins ?? ["https://jobs.example"]).Select(origin => (JsonNode)origin!).ToArray()),
        ["defaultLanguage"] = "nl",
        ["consentLifetimeDays"] = lifetimeDays,
        ["purposes"] = new JsonArray(TemplatePurposes.Select(id => (JsonNode)PurposeBody(id, version: versions?.GetValueOrDefault(id, 1) ?? 1)).ToArray()),
    };

    /// <summary>A site purpose with generated texts and one vendor; <paramref name="role"/> unset leaves the default.</summary>
    public static JsonObject PurposeBody(string id, string? role = null, int version = 1)
    {
        var purpose = new JsonObject
        {
            ["id"] = id,
            ["version"] = version,
            ["title"] = new JsonObject { ["nl"] = $"{id} nl", ["en"] = $"{id} en" },
            ["description"] = new JsonObject { ["nl"] = $"Waarom {id}", ["en"] = $"Why {id}" },
            ["vendors"] = new JsonArray(new JsonObject { ["name"] = $"{id} vendor", ["cookieLifetimeDays"] = 30, ["sendsIp"] = true }),
        };
        if (role is not null)
        {
            purpose["role"] = role;
        }

        return purpose;
    }

    /// <summary>
    /// A consent body covering every template purpose: the listed ones granted, the rest denied. With a visitor it
    /// carries the visitor's id and token; without, the API mints a visitor.
    /// </summary>
    public static JsonObject ConsentBody(string action, string[] granted, TestVisitor? visitor = null, string? receiptId = null,
        IReadOnlyDictionary<string, int>? versions = null)
    {
        var body = new JsonObject
        {
            ["action"] = action,
            ["choices"] = new JsonObject(TemplatePurposes.Select(id => KeyValuePair.Create(id, (JsonNode?)granted.Contains(id)))),
            ["purposeVersions"] = new JsonObject(TemplatePurposes.Select(id => KeyValuePair.Create(id, (JsonNode?)(versions?.GetValueOrDefault(id, 1) ?? 1)))),
            ["language"] = "nl",
        };
        if (visitor is not null)
        {
            body["visitorId"] = visitor.Id;
            body["visitorToken"] = visitor.Token;
        }

        if (receiptId is not null)
        {
            body["receiptId"] = receiptId;
        }

        return body;
    }
}
