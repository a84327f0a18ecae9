namespace ConsentManager.Api.Webhooks;

/// <summary>Body of <c>PUT /v1/sites/{siteId}/webhooks/{webhookId}</c>. Without a secret, one is generated.</summary>
public sealed record WebhookRequest(string Url, IReadOnlyList<string> Events, string? Secret = null);
