namespace ConsentManager.Api.Legal;

/// <summary>
/// What a purpose does, as far as the law cares: the legal rules (GPC, IP minimisation) key on the role, never on
/// the purpose's id, so a site's <c>display_ads</c> is treated like the template's <c>retargeting</c>.
/// </summary>
public enum PurposeRole
{
    Analytics,

    /// <summary>Cross-site advertising: the one role Global Privacy Control objects to.</summary>
    Advertising,

    /// <summary>Partners receive the visitor's address: receipts keep the address's network only when granted.</summary>
    IpProcessing,

    Marketing,

    /// <summary>No special handling.</summary>
    Functional,
}
