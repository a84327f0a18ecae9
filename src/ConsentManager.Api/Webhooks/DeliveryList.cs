namespace ConsentManager.Api.Webhooks;

/// <summary>Answer of <c>GET …/webhooks/{webhookId}/deliveries</c>: the latest attempts, newest first.</summary>
public sealed record DeliveryList(IReadOnlyList<DeliveryAttempt> Deliveries);
