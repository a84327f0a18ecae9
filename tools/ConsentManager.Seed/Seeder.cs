using System.Diagnostics;
using ConsentManager.Api.Consents;
using ConsentManager.Api.Features;
using ConsentManager.Api.Sites;
using ConsentManager.Api.Stats;
using ConsentManager.Api.Texts;
using ConsentManager.Api.Visitors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConsentManager.Seed;

/// <summary>
/// Writes synthetic receipts through <see cref="ConsentRecorder"/> (and, with <c>impressions</c>, their banner displays),
/// spread evenly over the last <c>days</c> UTC days, with <c>parallel</c> workers. Each visitor holds a token and
/// answers the Dutch banner texts, archived first as /config would, so the receipts pass the checks a widget's do.
/// </summary>
internal sealed class Seeder(IHost host, SeedClock clock, string siteId, bool impressions)
{
    public async Task<TimeSpan> RunAsync(int receipts, int days, int parallel, Action<int> progress)
    {
        var site = await host.Services.GetRequiredService<SiteDirectory>().GetRequiredAsync(siteId);
        var textHash = await host.Services.GetRequiredService<TextArchive>().ArchiveAsync(siteId, TextSet.Of(site, Language.Nl));
        var end = DateTimeOffset.UtcNow;
        var step = TimeSpan.FromDays(days) / receipts;
        var next = -1;
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            int index;
            while ((index = Interlocked.Increment(ref next)) < receipts)
            {
                clock.Set(end - TimeSpan.FromDays(days) + step * index);
                await WriteAsync(random, textHash);
                progress(1);
            }
        })));
        return stopwatch.Elapsed;
    }

    private async Task WriteAsync(Random random, string textHash)
    {
        var services = host.Services;
        var (visitorId, token) = services.GetRequiredService<VisitorTokens>().Mint(siteId);
        var variant = (await services.GetRequiredService<SiteFeatures>().EvaluateAsync(siteId, visitorId)).BannerVariant;
        var visitor = SyntheticVisitor.Next(random, new SyntheticIdentity(visitorId, token, textHash), variant);
        if (impressions && services.GetService<ImpressionCounter>() is { } counter)
        {
            for (var shown = 0; shown < visitor.Impressions; shown++)
            {
                await counter.CountAsync(siteId, variant, visitor.Client);
            }
        }

        await services.GetRequiredService<ConsentRecorder>().RecordAsync(siteId, visitor.Choice, visitor.Client);
    }
}
