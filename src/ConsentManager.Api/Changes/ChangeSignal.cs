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
        // Already signalled: the reader will look once and see every change published since. Checked before
        // releasing, because under load the signal is nearly always set, and a thrown SemaphoreFullException per
        // publish cost 2.4% of a consent POST's CPU.
        if (_published.CurrentCount > 0)
        {
            return;
        }

        try
        {
            _published.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another publisher signalled in between.
        }
    }

    /// <summary>Returns when a change was published or <paramref name="timeout"/> passed, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _published.WaitAsync(timeout, cancellationToken);
}
