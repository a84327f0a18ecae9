using ConsentManager.Api.Consents;
using ConsentManager.Api.Sightings;

namespace ConsentManager.Api.Subjects;

/// <summary>
/// Everything the API keeps about one visitor of a site (access and portability): every receipt, oldest first,
/// the current sighting and the restriction state.
/// </summary>
public sealed record VisitorDataResponse(
    string SiteId,
    string VisitorId,
    IReadOnlyList<ConsentReceipt> Receipts,
    Sighting? Sighting,
    Restriction? Restriction);
