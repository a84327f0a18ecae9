namespace ConsentManager.GeoIp;

/// <summary>Describes the database a locator is currently answering from.</summary>
/// <param name="Path">Full path of the database file.</param>
/// <param name="DatabaseType">The file's own <c>database_type</c> metadata, such as "GeoLite2-City".</param>
/// <param name="BuildTime">When the database was built, from its <c>build_epoch</c> metadata.</param>
public sealed record GeoDatabaseInfo(string Path, string DatabaseType, DateTimeOffset BuildTime);
