namespace ConsentManager.IntegrationTests.Client;

/// <summary>Counts runs of the gated handlers, to prove a refused request never reached them.</summary>
public sealed class HandlerCounter
{
    private int _runs;

    public int Runs => _runs;

    public string Run()
    {
        Interlocked.Increment(ref _runs);
        return "fired";
    }
}
