namespace ConsentManager.Api.Decisions;

/// <summary>Answer of <c>GET /v1/sites/{siteId}/decisions/{visitorId}?purpose=…</c>.</summary>
public sealed record DecisionResponse(string VisitorId, string Purpose, bool Allowed, DecisionReason Reason, int? PurposeVersion, DateTimeOffset? ExpiresAt);

/// <summary>Body of <c>POST /v1/sites/{siteId}/decisions</c>: up to 1000 visitors, every pair answered.</summary>
public sealed record BatchDecisionRequest(IReadOnlyList<string> VisitorIds, IReadOnlyList<string> Purposes);

public sealed record BatchDecisionResponse(IReadOnlyList<BatchDecision> Decisions);

public sealed record BatchDecision(string VisitorId, string Purpose, bool Allowed, DecisionReason Reason);
