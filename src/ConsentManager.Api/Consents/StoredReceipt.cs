namespace ConsentManager.Api.Consents;

/// <summary>
/// A receipt as the observers see it: the stored record, whether this request created it (false on a retry), and
/// the browser's user agent, from which only a device class may be derived (it is never stored).
/// </summary>
public sealed record StoredReceipt(ConsentReceipt Receipt, bool Created, string? UserAgent);
