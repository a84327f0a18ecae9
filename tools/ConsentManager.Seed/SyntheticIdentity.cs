namespace ConsentManager.Seed;

/// <summary>Who a synthetic visitor is to the API: its minted id and token, and the hash of the texts it answers.</summary>
internal sealed record SyntheticIdentity(string VisitorId, string Token, string TextHash);
