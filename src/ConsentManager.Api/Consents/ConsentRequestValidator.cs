using ConsentManager.Api.Errors;
using ConsentManager.Api.Legal;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Texts;

namespace ConsentManager.Api.Consents;

/// <summary>
/// Checks a consent against the site it is for and returns the choices to record. A grant needs the exact purpose
/// set at existing versions; a refusal (withdraw, reject_all) is taken for any purpose set, so it always lands:
/// purposes it misses are recorded as refused, unknown ones dropped.
/// </summary>
internal static class ConsentRequestValidator
{
    public static RecordedChoices Validate(Site site, RecordConsentRequest request, bool gpc)
    {
        var errors = new ValidationErrors();
        errors.Require(request.ReceiptId is null || Identifiers.IsReceiptId(request.ReceiptId), "receiptId",
            $"Receipt id '{request.ReceiptId}' is not a lower-case UUID.");
        errors.Require(request.VisitorId is null || Identifiers.IsVisitorId(request.VisitorId), "visitorId",
            $"Visitor id '{request.VisitorId}' does not match {Identifiers.VisitorPattern}.");
        // A refusal is never turned away over its text hash: an unknown one is simply not recorded.
        errors.Require(request.IsRefusal || request.TextHash is null || TextArchive.IsTextHash(request.TextHash), "textHash",
            $"Text hash '{request.TextHash}' is not 'sha256:' and 64 lower-case hex digits (the textHash of /config).");
        if (request.Action == ConsentAction.RejectAll && request.Choices.Values.Any(granted => granted))
        {
            errors.Add("action", "Action 'reject_all' needs every choice to be false; use 'custom' for a mixed choice.");
        }

        var choices = request.IsRefusal ? Refusal(site, request) : Grant(site, request, gpc, errors);
        var unknownDefaulted = (request.Defaulted ?? []).Where(id => site.Definition.FindPurpose(id) is null);
        foreach (var purposeId in request.IsRefusal ? [] : unknownDefaulted)
        {
            errors.Add("defaulted", $"Purpose '{purposeId}' is not configured for site '{site.Id}'.");
        }

        errors.ThrowIfAny();
        return choices;
    }

    private static RecordedChoices Refusal(Site site, RecordConsentRequest request)
    {
        var purposes = site.Definition.Purposes;
        return new RecordedChoices(
            purposes.ToDictionary(purpose => purpose.Id, _ => false),
            // The version the visitor saw where it exists; the current one for a purpose they never saw.
            purposes.ToDictionary(purpose => purpose.Id, purpose =>
                request.PurposeVersions.GetValueOrDefault(purpose.Id) is var seen && seen >= 1 && seen <= purpose.Version
                    ? seen
                    : purpose.Version),
            []);
    }

    private static RecordedChoices Grant(Site site, RecordConsentRequest request, bool gpc, ValidationErrors errors)
    {
        var named = request.Choices.Keys.Concat(request.PurposeVersions.Keys).Distinct();
        foreach (var purposeId in named.Where(id => site.Definition.FindPurpose(id) is null))
        {
            errors.Add(request.Choices.ContainsKey(purposeId) ? $"choices.{purposeId}" : $"purposeVersions.{purposeId}",
                $"Purpose '{purposeId}' is not configured for site '{site.Id}'.");
        }

        foreach (var purpose in site.Definition.Purposes)
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

            // "Accept all" grants everything the visitor may be asked for; under GPC that excludes advertising.
            if (request.Action == ConsentAction.AcceptAll && !request.Choices.GetValueOrDefault(purpose.Id, true)
                && LegalRules.AcceptAll(gpc, purpose.EffectiveRole))
            {
                errors.Add("action", $"Action 'accept_all' needs purpose '{purpose.Id}' to be true "
                                     + "(only advertising may be false, under GPC); use 'custom' for a mixed choice.");
            }
        }

        return new RecordedChoices(request.Choices, request.PurposeVersions, request.Defaulted ?? []);
    }
}
