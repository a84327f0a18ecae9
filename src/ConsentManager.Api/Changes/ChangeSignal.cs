namespace ConsentManager.Api.Changes;

/// <summary>
/// Wakes this instance's readers of the feed as soon as a change is published here, instead of at their next poll.
/// Changes published by other instances are still found by polling.
/// </summary>
internal sealed class ChangeSignal
{
    private readonly SemaphoreSlim _published = new(0, 1);

    public void Notify()
    {
        try
        {
            _published.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the reader will look once and see every change published since.
        }
    }

    /// <summary>Returns when a change was published or <paramref name="timeout"/> passed, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _published.WaitAsync(timeout, cancellationToken);
}
