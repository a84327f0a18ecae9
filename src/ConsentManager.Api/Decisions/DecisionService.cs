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
    SiteDirectory sites, IConsentStore store, SightingService sightings, SubjectRights subjects, AnswerCache answers, TimeProvider time)
{
    public const int MaxBatchVisitors = 1000;

    private static readonly Task<LatestSighting> NoSighting = Task.FromResult(LatestSighting.None);

    public async Task<DecisionResponse> DecideAsync(string siteId, string visitorId, string? purposeId)
    {
        if (string.IsNullOrEmpty(purposeId))
        {
            throw ApiProblemException.Invalid("purpose", "The query parameter 'purpose' is required, e.g. ?purpose=analytics.");
        }

        var site = await sites.GetRequiredAsync(siteId);
        var purpose = RequirePurpose(site, purposeId, "purpose");
        var answer = await FindAnswerAsync(site, visitorId);
        var decision = Decide(purpose, answer, await SightingFor([purpose], site, visitorId, answer), time.GetUtcNow());
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

        var found = await answers.GetManyAsync(site.Id, visitorIds, visitorId => ReadAnswerAsync(site, visitorId));
        var latest = await Task.WhenAll(visitorIds.Zip(found, (visitorId, answer) => SightingFor(purposes, site, visitorId, answer)));
        var visitors = visitorIds.Select((visitorId, index) => (VisitorId: visitorId, Answer: found[index], Latest: latest[index]));
        var now = time.GetUtcNow();
        var decisions = visitors
            .SelectMany(visitor => purposes.Select(purpose =>
            {
                var decision = Decide(purpose, visitor.Answer, visitor.Latest, now);
                return new BatchDecision(visitor.VisitorId, purpose.Id, decision.Allowed, decision.Reason);
            }))
            .ToList();
        // Counted once per reason, not per decision: 4,000 measurements would cost more than the decisions.
        foreach (var reason in decisions.CountBy(decision => decision.Reason))
        {
            ConsentMetrics.DecisionMade(reason.Key, reason.Value);
        }

        return new BatchDecisionResponse(decisions);
    }

    // A restriction overrides whatever the visitor answered.
    private static Decision Decide(Purpose purpose, VisitorAnswer answer, LatestSighting latest, DateTimeOffset now) =>
        answer.Restricted
            ? Decision.Deny(DecisionReason.Restricted)
            : DecisionEvaluator.Evaluate(purpose, answer.Receipt, latest, now);

    // From the cache when it can vouch for it, else from the store.
    private Task<VisitorAnswer> FindAnswerAsync(Site site, string visitorId) =>
        answers.GetAsync(site.Id, visitorId, id => ReadAnswerAsync(site, id));

    // The restriction and the receipt at once: one round trip of latency, not two.
    private async Task<VisitorAnswer> ReadAnswerAsync(Site site, string visitorId)
    {
        var restricted = subjects.IsRestrictedAsync(site.Id, visitorId);
        var receipt = store.FindCurrentAsync(site.Id, visitorId);
        return new VisitorAnswer(await restricted, await receipt);
    }

    // The sighting is read only when the answer leaves a purpose to it: no answer, or a grant that was a preset.
    // Otherwise one completed task for all: a batch of 1,000 visitors asks this 1,000 times.
    private Task<LatestSighting> SightingFor(IEnumerable<Purpose> purposes, Site site, string visitorId, VisitorAnswer answer) =>
        !answer.Restricted && purposes.Any(purpose => DecisionEvaluator.NeedsSighting(purpose, answer.Receipt))
            ? sightings.FindLatestAsync(site, visitorId)
            : NoSighting;

    private static Purpose RequirePurpose(Site site, string purposeId, string field) =>
        site.Definition.FindPurpose(purposeId)
        ?? throw ApiProblemException.Invalid(field, $"Purpose '{purposeId}' is not configured for site '{site.Id}'.");
}
