namespace ConsentManager.Api.Webhooks;

/// <summary>
/// One attempt to deliver an event. <see cref="Status"/>: <c>delivered</c>, <c>failed</c> (retried at
/// <see cref="NextRetryAt"/>) or <c>gave_up</c>; <see cref="ResponseStatus"/> is null when no HTTP answer came, and
/// <see cref="Error"/> then says why (a timeout, a failed connection, a destination that is not public).
/// </summary>
public sealed record DeliveryAttempt(
    string EventId, string Type, int Attempt, string Status, int? ResponseStatus, long DurationMs,
    DateTimeOffset AttemptedAt, DateTimeOffset? NextRetryAt, string? Error);
