namespace ConsentManager.Api.Changes;

/// <summary>
/// The per-site stream of changes. Publishing is idempotent per <see cref="ChangeEvent.Id"/>: a change published
/// twice (a retry after a crash) is stored once, so callers publish again whenever they are unsure it landed.
/// </summary>
public interface IChangeFeed
{
    Task PublishAsync(ChangeEvent change);
}
