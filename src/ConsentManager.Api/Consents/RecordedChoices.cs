namespace ConsentManager.Api.Consents;

/// <summary>The choices a receipt records once the request was checked (a refusal covers every current purpose).</summary>
internal sealed record RecordedChoices(
    IReadOnlyDictionary<string, bool> Choices,
    IReadOnlyDictionary<string, int> PurposeVersions,
    IReadOnlyList<string> Defaulted);
