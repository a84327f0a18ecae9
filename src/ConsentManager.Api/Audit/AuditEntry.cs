namespace ConsentManager.Api.Audit;

/// <summary>
/// One line of an audit log: who (<see cref="Actor"/>: an API key id, <c>visitor</c>, <c>anonymous</c> or
/// <c>system</c>), what, about which visitor (<see cref="Subject"/>: a keyed hash, never the id), when, with which
/// outcome (HTTP status) and request id. <see cref="Network"/> is the client's /24 or /48, never its address; no
/// secret (API key, token) ever enters an entry. <see cref="Hash"/> chains it to <see cref="PreviousHash"/>.
/// </summary>
public sealed record AuditEntry(
    long Seq,
    DateTimeOffset At,
    string Action,
    string Actor,
    string? Subject,
    int Outcome,
    string? RequestId,
    string? Network,
    string? Detail,
    string? PreviousHash,
    string? HashKeyId,
    string? Hash);
