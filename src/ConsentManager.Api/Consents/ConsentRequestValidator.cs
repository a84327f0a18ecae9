using System.Text.RegularExpressions;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Sites;

namespace ConsentManager.Api.Consents;

/// <summary>Checks a consent against the site it is for: the exact purpose set, existing versions, a coherent action.</summary>
internal static partial class ConsentRequestValidator
{
    public static void Validate(Site site, RecordConsentRequest request, bool gpc)
    {
        var errors = new ValidationErrors();
        errors.Require(request.ReceiptId is null || Identifiers.IsReceiptId(request.ReceiptId), "receiptId",
            $"Receipt id '{request.ReceiptId}' is not a lower-case UUID.");
        errors.Require(request.VisitorId is null || Identifiers.IsVisitorId(request.VisitorId), "visitorId",
            $"Visitor id '{request.VisitorId}' does not match {Identifiers.VisitorPattern}.");
        errors.Require(request.TextHash is null || TextHash().IsMatch(request.TextHash), "textHash",
            $"Text hash '{request.TextHash}' does not match {TextHash()}.");

        var purposes = site.Definition.Purposes;
        foreach (var purposeId in request.Choices.Keys.Concat(request.PurposeVersions.Keys).Distinct().Where(id => site.Definition.FindPurpose(id) is null))
        {
            errors.Add(request.Choices.ContainsKey(purposeId) ? $"choices.{purposeId}" : $"purposeVersions.{purposeId}",
                $"Purpose '{purposeId}' is not configured for site '{site.Id}'.");
        }

        foreach (var purpose in purposes)
        {
            errors.Require(request.Choices.ContainsKey(purpose.Id), $"choices.{purpose.Id}",
                $"A choice (true or false) for purpose '{purpose.Id}' is required.");
            if (!request.PurposeVersions.TryGetValue(purpose.Id, out var version))
            {
                errors.Add($"purposeVersions.{purpose.Id}", $"The version of purpose '{purpose.Id}' the visitor saw is required.");
            }
            else
            {
                errors.Require(version >= 1 && version <= purpose.Version, $"purposeVersions.{purpose.Id}",
                    $"Version {version} of purpose '{purpose.Id}' does not exist on site '{site.Id}' (current version {purpose.Version}).");
            }
        }

        ValidateAction(request, gpc, errors);
        errors.ThrowIfAny();
    }

    // Global Privacy Control forces re-targeting off even when the visitor clicks "accept all": the receipt then
    // records the click (accept_all), the effective choice (retargeting false) and the signal (gpc true).
    private static void ValidateAction(RecordConsentRequest request, bool gpc, ValidationErrors errors)
    {
        var refused = request.Choices.Where(choice => !choice.Value).Select(choice => choice.Key);
        if (request.Action == ConsentAction.AcceptAll && refused.Any(purpose => !(gpc && purpose == RecruitmentTemplate.Retargeting)))
        {
            errors.Add("action", "Action 'accept_all' needs every choice to be true (re-targeting may be false under GPC); use 'custom' for a mixed choice.");
        }

        if (request.Action == ConsentAction.RejectAll && request.Choices.Values.Any(granted => granted))
        {
            errors.Add("action", "Action 'reject_all' needs every choice to be false; use 'custom' for a mixed choice.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9:_-]{1,128}$")]
    private static partial Regex TextHash();
}
