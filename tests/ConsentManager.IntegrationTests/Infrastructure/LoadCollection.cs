namespace ConsentManager.IntegrationTests.Infrastructure;

/// <summary>
/// Tests that load the machine (thousands of writes, a build, a timed stream). They run after every other collection
/// and one at a time: on 2 cores their load made other tests' store calls miss the 1.5 s budget (503s), and a timed
/// stream measures only itself when nothing else runs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "Load";
}
