namespace ConsentManager.Seed;

/// <summary>Command line: <c>seed|bench [--site id] [--receipts N] [--days D] [--parallel P] [--redis configuration]</c>.</summary>
internal sealed record SeedArguments(string Command, string SiteId, int Receipts, int Days, int Parallel, string? Redis)
{
    public const string Usage =
        "usage: seed|bench [--site demo-jobboard] [--receipts 100000] [--days 365] [--parallel 16] [--redis host:port]\n" +
        "  seed   writes synthetic receipts and impressions into the Redis named by --redis (or Redis__Configuration)\n" +
        "  bench  seeds a fresh local redis-server, then measures GET /stats, aggregate memory and write throughput";

    public static SeedArguments Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("seed" or "bench"))
        {
            throw new ArgumentException(Usage);
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"'{args[i]}' needs a value.\n{Usage}");
            }

            options[args[i][2..]] = args[i + 1];
        }

        var unknown = options.Keys.Except(["site", "receipts", "days", "parallel", "redis"]).ToList();
        return unknown.Count > 0
            ? throw new ArgumentException($"Unknown option --{unknown[0]}.\n{Usage}")
            : new SeedArguments(
                args[0],
                options.GetValueOrDefault("site", "demo-jobboard"),
                Positive(options, "receipts", 100_000),
                Positive(options, "days", 365),
                Positive(options, "parallel", 16),
                options.GetValueOrDefault("redis") ?? Environment.GetEnvironmentVariable("Redis__Configuration"));
    }

    private static int Positive(Dictionary<string, string> options, string name, int fallback) =>
        !options.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, out var value) && value > 0 ? value
        : throw new ArgumentException($"--{name} must be a positive whole number; '{text}' is not.");
}
