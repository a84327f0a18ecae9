namespace ConsentManager.Api.Security;

/// <summary>
/// What an API key may do, on its own site only. <see cref="Admin"/> includes the other scopes; the bootstrap
/// admin key (<c>ConsentManager__AdminKey</c>) has <see cref="Admin"/> on every site.
/// </summary>
public static class Scopes
{
    public const string Admin = "admin";
    public const string DecisionsRead = "decisions:read";
    public const string StatsRead = "stats:read";

    public static IReadOnlyList<string> All { get; } = [Admin, DecisionsRead, StatsRead];
}
