using ConsentManager.Api.Consents;
using ConsentManager.Api.Errors;
using ConsentManager.Api.Observability;
using ConsentManager.Api.Sightings;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Subjects;

namespace ConsentManager.Api.Decisions;

/// <summary>
/// Answers the processor's "may I?" from the visitor's current receipt and latest sighting. A restriction of
/// processing overrides both: it is checked before evaluating, so a restricted visitor is never allowed anything.
/// </summary>
public sealed class DecisionService(
    SiteDirectory sites, IConsentStore store, SightingService sightings, SubjectRights subjects, TimeProvider time)
{
    public const int MaxBatchVisitors = 1000;

    public async Task<DecisionResponse> DecideAsync(string siteId, string visitorId, string? purposeId)
    {
        if (string.IsNullOrEmpty(purposeId))
        {
            throw ApiProblemException.Invalid("purpose", "The query parameter 'purpose' is required, e.g. ?purpose=analytics.");
        }

        var site = await sites.GetRequiredAsync(siteId);
        var purpose = RequirePurpose(site, purposeId, "purpose");
        var decision = Decide(purpose, await FindAnswerAsync(site, visitorId), time.GetUtcNow());
        ConsentMetrics.DecisionMade(decision.Reason);
        return new DecisionResponse(visitorId, purpose.Id, decision.Allowed, decision.Reason, decision.PurposeVersion, decision.ExpiresAt);
    }

    public async Task<BatchDecisionResponse> DecideAsync(string siteId, BatchDecisionRequest request)
    {
        var errors = new ValidationErrors();
        errors.Require(request.VisitorIds.Count is >= 1 and <= MaxBatchVisitors, "visitorIds",
            $"Between 1 and {MaxBatchVisitors} visitor ids are allowed (got {request.VisitorIds.Count}).");
        errors.Require(request.Purposes.Count >= 1, "purposes", "At least one purpose is required.");
        foreach (var visitorId in request.VisitorIds.Where(id => !Identifiers.IsVisitorId(id)).Take(10))
        {
            errors.Add("visitorIds", $"Visitor id '{visitorId}' does not match {Identifiers.VisitorPattern}.");
        }

        errors.ThrowIfAny();
        var site = await sites.GetRequiredAsync(siteId);
        var purposes = request.Purposes.Distinct().Select(purposeId => RequirePurpose(site, purposeId, "purposes")).ToList();
        var visitorIds = request.VisitorIds.Distinct().ToList();

        var answers = await Task.WhenAll(visitorIds.Select(visitorId => FindAnswerAsync(site, visitorId)));
        var now = time.GetUtcNow();
        var decisions = visitorIds.Zip(answers)
            .SelectMany(visitor => purposes.Select(purpose =>
            {
                var decision = Decide(purpose, visitor.Second, now);
                ConsentMetrics.DecisionMade(decision.Reason);
                return new BatchDecision(visitor.First, purpose.Id, decision.Allowed, decision.Reason);
            }))
            .ToList();
        return new BatchDecisionResponse(decisions);
    }

    // A restriction overrides whatever the visitor answered.
    private static Decision Decide(Purpose purpose, Answer answer, DateTimeOffset now) =>
        answer.Restricted
            ? Decision.Deny(DecisionReason.Restricted)
            : DecisionEvaluator.Evaluate(purpose, answer.Receipt, answer.Latest, now);

    // All three are read at once (one round trip of latency, not three): the restriction, the receipt, and the
    // sighting that decides unanswered purposes and whether preset grants still count.
    private async Task<Answer> FindAnswerAsync(Site site, string visitorId)
    {
        var restricted = subjects.IsRestrictedAsync(site.Id, visitorId);
        var receipt = store.FindCurrentAsync(site.Id, visitorId);
        var latest = sightings.FindLatestAsync(site, visitorId);
        return new Answer(await restricted, await receipt, await latest);
    }

    private sealed record Answer(bool Restricted, ConsentReceipt? Receipt, LatestSighting Latest);

    private static Purpose RequirePurpose(Site site, string purposeId, string field) =>
        site.Definition.FindPurpose(purposeId)
        ?? throw ApiProblemException.Invalid(field, $"Purpose '{purposeId}' is not configured for site '{site.Id}'.");
}
