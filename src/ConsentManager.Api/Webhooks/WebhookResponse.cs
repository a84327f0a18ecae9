using System.Text.Json.Serialization;

namespace ConsentManager.Api.Webhooks;

/// <summary>
/// A webhook as admins see it. <see cref="Secret"/> is only set in the PUT answer that generated it (shown once);
/// <see cref="Status"/> is <c>failing</c> from the moment an event was given up on until the next success.
/// </summary>
public sealed record WebhookResponse(
    string WebhookId,
    string Url,
    IReadOnlyList<string> Events,
    string Status,
    DateTimeOffset? FailingSince,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Secret = null);
