using System.Net.Mail;
using System.Text.RegularExpressions;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Regimes;

namespace ConsentManager.Api.Sites;

/// <summary>The rules a site definition must meet before it is stored; every message names the bad value.</summary>
internal static partial class SiteDefinitionValidator
{
    private const int MaxPurposes = 20;
    private const int MaxVendors = 50;
    private const int MaxOrigins = 50;
    private const int MaxTextLength = 2000;

    public static void Validate(SiteDefinition definition, Site? existing)
    {
        var errors = new ValidationErrors();
        errors.Require(!string.IsNullOrWhiteSpace(definition.Controller.Name) && definition.Controller.Name.Length <= 200,
            "controller.name", "The controller's name is required (at most 200 characters).");
        errors.Require(IsWebUrl(definition.Controller.PrivacyPolicyUrl),
            "controller.privacyPolicyUrl", $"'{definition.Controller.PrivacyPolicyUrl}' is not an absolute http(s) URL.");
        ValidateEmail(definition.Controller.ContactEmail, "controller.contactEmail", errors);
        ValidateEmail(definition.Controller.DpoEmail, "controller.dpoEmail", errors);
        errors.Require(definition.ConsentLifetimeDays is >= 1 and <= SiteDefinition.MaxConsentLifetimeDays,
            "consentLifetimeDays", $"consentLifetimeDays {definition.ConsentLifetimeDays} is outside 1..{SiteDefinition.MaxConsentLifetimeDays}.");
        ValidateOrigins(definition.AllowedOrigins, errors);
        ValidatePurposes(definition.Purposes, existing?.Definition, errors);
        SiteRegimesValidator.Validate(definition.EffectiveRegimes, errors);
        errors.ThrowIfAny();
    }

    private static void ValidateOrigins(IReadOnlyList<string> origins, ValidationErrors errors)
    {
        errors.Require(origins.Count <= MaxOrigins, "allowedOrigins", $"At most {MaxOrigins} origins are allowed.");
        for (var i = 0; i < origins.Count; i++)
        {
            errors.Require(IsOrigin(origins[i]), $"allowedOrigins[{i}]",
                $"'{origins[i]}' is not an origin (scheme://host[:port], no path).");
        }
    }

    private static void ValidatePurposes(IReadOnlyList<Purpose> purposes, SiteDefinition? previous, ValidationErrors errors)
    {
        errors.Require(purposes.Count is >= 1 and <= MaxPurposes, "purposes", $"A site needs 1..{MaxPurposes} purposes.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < purposes.Count; i++)
        {
            var purpose = purposes[i];
            var path = $"purposes[{i}]";
            errors.Require(Identifiers.IsPurposeId(purpose.Id), $"{path}.id",
                $"Purpose id '{purpose.Id}' does not match {Identifiers.PurposePattern}.");
            errors.Require(seen.Add(purpose.Id), $"{path}.id", $"Purpose id '{purpose.Id}' appears more than once.");
            errors.Require(purpose.Version >= 1, $"{path}.version", $"Version {purpose.Version} of purpose '{purpose.Id}' must be 1 or more.");
            if (previous?.FindPurpose(purpose.Id) is { } before && purpose.Version < before.Version)
            {
                errors.Add($"{path}.version",
                    $"Version of purpose '{purpose.Id}' cannot go down from {before.Version} to {purpose.Version}: recorded consent would look current.");
            }

            ValidateText(purpose.Title, 200, $"{path}.title", errors);
            ValidateText(purpose.Description, MaxTextLength, $"{path}.description", errors);
            ValidateVendors(purpose.Vendors, path, errors);
        }
    }

    private static void ValidateVendors(IReadOnlyList<Vendor> vendors, string purposePath, ValidationErrors errors)
    {
        errors.Require(vendors.Count <= MaxVendors, $"{purposePath}.vendors", $"At most {MaxVendors} vendors per purpose.");
        for (var i = 0; i < vendors.Count; i++)
        {
            var vendor = vendors[i];
            var path = $"{purposePath}.vendors[{i}]";
            errors.Require(!string.IsNullOrWhiteSpace(vendor.Name) && vendor.Name.Length <= 200, $"{path}.name",
                "A vendor's name is required (at most 200 characters).");
            errors.Require(vendor.CookieLifetimeDays is >= 0 and <= 3650, $"{path}.cookieLifetimeDays",
                $"cookieLifetimeDays {vendor.CookieLifetimeDays} is outside 0..3650.");
            foreach (var cookie in vendor.Cookies ?? [])
            {
                errors.Require(IsCookieName(cookie), $"{path}.cookies", $"'{cookie}' is not a cookie name (optionally ending in '*').");
            }
        }
    }

    private static void ValidateText(LocalizedText text, int maxLength, string path, ValidationErrors errors)
    {
        errors.Require(!string.IsNullOrWhiteSpace(text.Nl) && text.Nl.Length <= maxLength, $"{path}.nl", $"Dutch text is required (at most {maxLength} characters).");
        errors.Require(!string.IsNullOrWhiteSpace(text.En) && text.En.Length <= maxLength, $"{path}.en", $"English text is required (at most {maxLength} characters).");
    }

    private static void ValidateEmail(string? email, string path, ValidationErrors errors) =>
        errors.Require(email is null || (email.Length <= 254 && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email),
            path, $"'{email}' is not an e-mail address.");

    private static bool IsWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsOrigin(string value) =>
        IsWebUrl(value) && new Uri(value).GetLeftPart(UriPartial.Authority) == value;

    [GeneratedRegex(@"^[A-Za-z0-9_.-]{1,100}\*?$")]
    private static partial Regex CookieName();

    private static bool IsCookieName(string value) => CookieName().IsMatch(value);
}
