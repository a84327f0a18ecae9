using System.ComponentModel.DataAnnotations;

namespace ConsentManager.Client;

/// <summary>Settings of <see cref="ConsentClient"/>, validated when the application starts.</summary>
public sealed class ConsentClientOptions
{
    /// <summary>The configuration section <c>ConsentClient</c>, for binding from configuration.</summary>
    public const string Section = "ConsentClient";

    /// <summary>The consent API, e.g. <c>https://consent.example</c>.</summary>
    [Required]
    public Uri? BaseAddress { get; set; }

    /// <summary>An API key with the <c>decisions:read</c> scope for the site.</summary>
    [Required]
    public string ApiKey { get; set; } = "";

    /// <summary>The site the gate checks when a route does not name one.</summary>
    [RegularExpression("^[a-z0-9][a-z0-9-]{2,62}$")]
    public string? SiteId { get; set; }

    /// <summary>How long one check may take before it answers "not allowed" (reason <c>unavailable</c>). Default 2 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Local cache of answers; off (zero) by default, at most 5 s. Webhook events clear it for the visitor at once.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05")]
    public TimeSpan CacheDuration { get; set; } = TimeSpan.Zero;

    /// <summary>The webhook's <c>whsec_…</c> secret, needed by <see cref="ConsentWebhookEndpoints.MapConsentWebhooks"/>.</summary>
    public string? WebhookSecret { get; set; }
}
