namespace ConsentManager.Api.Consents;

/// <summary>
/// The answer to <c>POST …/consents</c>: the stored receipt plus the visitor's token, which is never stored with the
/// receipt. The token is null only on a late retry of a request that minted its visitor (see the README), so a
/// receipt id is never a way to obtain a token.
/// </summary>
public sealed record RecordedConsentResponse : ConsentReceipt
{
    public RecordedConsentResponse(ConsentReceipt receipt, string? visitorToken)
        : base(receipt) => VisitorToken = visitorToken;

    public string? VisitorToken { get; }
}
