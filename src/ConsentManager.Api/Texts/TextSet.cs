using ConsentManager.Api.Sites;

namespace ConsentManager.Api.Texts;

/// <summary>
/// Everything a visitor read before choosing, in one language: archived under the SHA-256 of its JSON, which a
/// receipt's <c>textHash</c> names.
/// </summary>
public sealed record TextSet(
    Language Language, DataController Controller, BannerTexts Texts, IReadOnlyList<ArchivedPurpose> Purposes)
{
    public static TextSet Of(Site site, Language language) => new(
        language,
        site.Definition.Controller,
        BannerTexts.For(language, site.Definition.Controller.Name),
        site.Definition.Purposes
            .Select(purpose => new ArchivedPurpose(
                purpose.Id, purpose.Version, purpose.Title.In(language), purpose.Description.In(language), purpose.Vendors))
            .ToList());
}
