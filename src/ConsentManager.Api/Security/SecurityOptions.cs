using System.ComponentModel.DataAnnotations;
using ConsentManager.Api.Secrets;

namespace ConsentManager.Api.Security;

/// <summary>Bound from the <c>ConsentManager</c> configuration section.</summary>
public sealed class SecurityOptions
{
    public const string Section = "ConsentManager";

    /// <summary>
    /// The bootstrap admin key (env <c>ConsentManager__AdminKey</c>), scope <c>admin</c> on every site.
    /// Generated and printed at start in Development when unset; required elsewhere.
    /// </summary>
    [Required(ErrorMessage = "ConsentManager:AdminKey (environment variable ConsentManager__AdminKey) is required outside Development.")]
    [MinLength(32, ErrorMessage = "ConsentManager:AdminKey must be at least 32 characters long.")]
    [HighEntropy(ErrorMessage = "ConsentManager:AdminKey looks typed, not generated (repeated characters, runs like " +
        "0123… or a repeated word): generate one, e.g. with `openssl rand -base64 32`.")]
    public string? AdminKey { get; set; }

    /// <summary>Set when the key was generated at start, so it can be printed once.</summary>
    internal bool AdminKeyGenerated { get; set; }
}
