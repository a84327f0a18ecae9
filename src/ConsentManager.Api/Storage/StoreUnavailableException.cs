namespace ConsentManager.Api.Storage;

/// <summary>Redis could not be reached in time. Mapped to 503 so no caller mistakes it for "no consent".</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
