namespace ConsentManager.Api.Webhooks;

/// <summary>A stored webhook. The secret signs deliveries and never leaves the API after the response that created it.</summary>
public sealed record WebhookRecord(string WebhookId, string Url, IReadOnlyList<string> Events, string Secret, DateTimeOffset UpdatedAt);
