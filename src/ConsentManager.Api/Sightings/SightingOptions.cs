using System.ComponentModel.DataAnnotations;

namespace ConsentManager.Api.Sightings;

/// <summary>Bound from the <c>Consents</c> configuration section (<c>Consents__SightingLifetimeDays</c>).</summary>
public sealed class SightingOptions
{
    public const string Section = "Consents";

    /// <summary>How long a visitor's latest sighting counts for decisions without an answer.</summary>
    [Range(1, 395, ErrorMessage = "Consents:SightingLifetimeDays must be between 1 and 395.")]
    public int SightingLifetimeDays { get; set; } = 30;
}
