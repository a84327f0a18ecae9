using System.Text.Json.Serialization;
using ConsentManager.Api.Legal;
using ConsentManager.Api.Regimes;

namespace ConsentManager.Api.Sites;

// A site's definition is public configuration (the widget shows all of it), so one set of types serves
// as the admin API body and the stored document. Nothing secret may be added here.

/// <summary>The body of <c>PUT /v1/sites/{siteId}</c>.</summary>
public sealed record SiteDefinition(
    DataController Controller,
    IReadOnlyList<string> AllowedOrigins,
    Language DefaultLanguage,
    IReadOnlyList<Purpose> Purposes,
    int ConsentLifetimeDays = SiteDefinition.DefaultConsentLifetimeDays,
    SiteRegimes? Regimes = null)
{
    /// <summary>The regime table in force: the site's own, or the recruitment template's (opt-in everywhere but US-CA).</summary>
    public SiteRegimes EffectiveRegimes => Regimes ?? SiteRegimes.Recruitment;

    public const int DefaultConsentLifetimeDays = 182;
    public const int MaxConsentLifetimeDays = 395;

    public Purpose? FindPurpose(string purposeId) => Purposes.FirstOrDefault(purpose => purpose.Id == purposeId);
}

/// <summary>
/// The data controller named to the visitor. <see cref="ContactEmail"/> and <see cref="DpoEmail"/> say whom the
/// processor notifies of an incident (both are public contact details, as GDPR art. 13 requires them anyway).
/// </summary>
public sealed record DataController(string Name, string PrivacyPolicyUrl, string? ContactEmail = null, string? DpoEmail = null);

/// <summary>
/// One thing a visitor can consent to. Raising <see cref="Version"/> invalidates consent for this purpose only.
/// <see cref="Role"/> tells the legal rules what it does; unset, the template's ids keep their obvious role and
/// every other purpose is <see cref="PurposeRole.Functional"/>.
/// </summary>
public sealed record Purpose(
    string Id, int Version, LocalizedText Title, LocalizedText Description, IReadOnlyList<Vendor> Vendors, PurposeRole? Role = null)
{
    [JsonIgnore]
    public PurposeRole EffectiveRole => Role ?? RecruitmentTemplate.DefaultRole(Id);
}

/// <summary>
/// A third party acting for a purpose. <see cref="Cookies"/> names the first-party cookies it sets
/// (a trailing <c>*</c> is a prefix), which the widget removes on withdrawal.
/// </summary>
public sealed record Vendor(string Name, int CookieLifetimeDays, bool SendsIp, IReadOnlyList<string>? Cookies = null);

public sealed record LocalizedText(string Nl, string En)
{
    public string In(Language language) => language == Language.En ? En : Nl;
}

public enum Language
{
    Nl,
    En,
}
