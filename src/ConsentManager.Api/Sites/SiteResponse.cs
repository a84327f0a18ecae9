using ConsentManager.Api.Regimes;

namespace ConsentManager.Api.Sites;

/// <summary>A site as the admin API returns it.</summary>
public sealed record SiteResponse(
    string SiteId,
    DataController Controller,
    IReadOnlyList<string> AllowedOrigins,
    Language DefaultLanguage,
    int ConsentLifetimeDays,
    IReadOnlyList<Purpose> Purposes,
    SiteRegimes Regimes,
    DateTimeOffset UpdatedAt);

internal static class SiteResponseMapping
{
    public static SiteResponse ToResponse(this Site site) => new(
        site.Id,
        site.Definition.Controller,
        site.Definition.AllowedOrigins,
        site.Definition.DefaultLanguage,
        site.Definition.ConsentLifetimeDays,
        site.Definition.Purposes,
        site.Definition.EffectiveRegimes,
        site.UpdatedAt);
}
