using System.Collections.Concurrent;
using ConsentManager.Api.Sites;
using ConsentManager.Client;

namespace ConsentManager.Api.Demo;

/// <summary>
/// The job board's back end as a processor would build it with the client package: the conversion call after an
/// application and the job-alert mailer run only for visitors whose consent the API confirms (fail closed).
/// </summary>
internal sealed class DemoProcessor(ConsentClient consent, IVisitorAccessor visitors, DemoOutbox outbox)
{
    private readonly ConcurrentDictionary<string, byte> _subscribers = new();

    /// <summary>After a completed application: report the conversion to the (stand-in) advertising vendor, if allowed.</summary>
    public async Task<ConsentDecision> ConvertAsync(HttpContext context)
    {
        if (visitors.GetVisitorId(context, DemoSiteSeeder.SiteId) is not { } visitorId)
        {
            return new ConsentDecision(false, "no_visitor");
        }

        var decision = await consent.IsAllowedAsync(DemoSiteSeeder.SiteId, visitorId, RecruitmentTemplate.Retargeting, context.RequestAborted);
        if (decision.Allowed)
        {
            outbox.Record(DemoOutbox.Conversion, visitorId);
        }

        return decision;
    }

    /// <summary>Adds the requesting visitor to the job-alert list; false when the request names no visitor.</summary>
    public bool Subscribe(HttpContext context)
    {
        if (visitors.GetVisitorId(context, DemoSiteSeeder.SiteId) is not { } visitorId)
        {
            return false;
        }

        _subscribers.TryAdd(visitorId, 0);
        return true;
    }

    /// <summary>One mailer run: a "sent" record for every subscriber who allows job-alert mail, in one batch check.</summary>
    public async Task<IReadOnlyList<DemoSent>> RunMailerAsync(CancellationToken cancellationToken)
    {
        var decisions = await consent.IsAllowedAsync(
            DemoSiteSeeder.SiteId, [.. _subscribers.Keys], [RecruitmentTemplate.JobAlertMarketing], cancellationToken);
        return decisions
            .Where(item => item.Decision.Allowed)
            .Select(item => outbox.Record(DemoOutbox.JobAlert, item.VisitorId))
            .ToList();
    }
}
