using System.ComponentModel.DataAnnotations;

namespace ConsentManager.Api.Webhooks;

/// <summary>Webhook delivery settings (section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions : IValidatableObject
{
    public const string Section = "Webhooks";

    /// <summary>Accept plain-http receiver URLs. Defaults to true in Development only.</summary>
    public bool AllowHttp { get; set; }

    /// <summary>
    /// Let webhooks reach loopback, private, link-local and other non-public addresses. Defaults to true in
    /// Development only, where receivers run on the developer's machine.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>How often each instance looks for new events and due retries.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(typeof(TimeSpan), "00:00:01", "00:00:05")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    [Range(typeof(TimeSpan), "00:00:01", "06:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this long without success an event is dropped and its webhook marked failing.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromHours(24);

    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a claimed attempt is reserved for its instance; when it dies, another takes over after this.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ClaimLease <= RequestTimeout)
        {
            yield return new ValidationResult(
                $"Webhooks:ClaimLease ({ClaimLease}) must be longer than Webhooks:RequestTimeout ({RequestTimeout}), or an " +
                "attempt still running could be taken over and sent twice.", [nameof(ClaimLease)]);
        }
    }
}
