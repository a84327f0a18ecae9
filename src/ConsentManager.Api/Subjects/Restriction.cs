namespace ConsentManager.Api.Subjects;

/// <summary>A restriction of processing: since when and who set it (an API key id). Nothing else about the visitor.</summary>
public sealed record Restriction(DateTimeOffset Since, string By);
