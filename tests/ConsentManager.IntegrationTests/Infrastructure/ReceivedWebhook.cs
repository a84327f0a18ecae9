namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>One request a <see cref="WebhookReceiver"/> got, and whether it answered it with a failure.</summary>
public sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string Body, DateTimeOffset ReceivedAt, bool Failed);
