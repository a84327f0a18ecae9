using ConsentManager.Api.Sites;

namespace ConsentManager.Api.Texts;

/// <summary>One purpose as the visitor saw it, in the text set's language.</summary>
public sealed record ArchivedPurpose(
    string Id, int Version, string Title, string Description, IReadOnlyList<Vendor> Vendors);
