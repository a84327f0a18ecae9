using System.Net;
using ConsentManager.Api.Consents;
using ConsentManager.Api.Http;
using ConsentManager.Api.Sites;

namespace ConsentManager.Seed;

/// <summary>
/// One made-up visitor: where they come from (addresses the bundled geo database places in NL, DE, BE, FR, GB, US
/// and AU), their device, how many banner displays before they decide, and their choice. Nothing here is real data.
/// </summary>
internal sealed record SyntheticVisitor(ClientSignals Client, int Impressions, RecordConsentRequest Choice)
{
    private static readonly (string Address, int Weight)[] Addresses =
    [
        ("145.97.1.1", 45), ("91.198.174.1", 10), ("80.150.1.1", 14), ("81.240.1.1", 10), ("90.1.1.1", 6),
        ("81.2.69.160", 5), ("8.8.8.8", 7), ("1.1.1.1", 3),
    ];

    private static readonly (string UserAgent, int Weight)[] Agents =
    [
        ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1", 40),
        ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36", 18),
        ("Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Safari/604.1", 7),
        ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36", 25),
        ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15", 10),
    ];

    private static readonly string[] Purposes =
        [RecruitmentTemplate.Analytics, RecruitmentTemplate.Retargeting, RecruitmentTemplate.IpProcessing, RecruitmentTemplate.JobAlertMarketing];

    public static SyntheticVisitor Next(Random random, SyntheticIdentity identity, string bannerVariant)
    {
        // The dialog variant converts a little better, so the seeded A/B comparison has something to show.
        var roll = random.NextDouble() - (bannerVariant == "dialog" ? 0.04 : 0);
        var action = roll switch
        {
            < 0.58 => ConsentAction.AcceptAll,
            < 0.83 => ConsentAction.RejectAll,
            < 0.98 => ConsentAction.Custom,
            _ => ConsentAction.Withdraw,
        };
        var choices = Purposes.ToDictionary(purpose => purpose, purpose => action switch
        {
            ConsentAction.AcceptAll => true,
            // Custom choosers mostly keep analytics and job alerts, rarely advertising.
            ConsentAction.Custom => random.NextDouble() < purpose switch
            {
                RecruitmentTemplate.Analytics => 0.8,
                RecruitmentTemplate.JobAlertMarketing => 0.6,
                _ => 0.15,
            },
            _ => false,
        });
        var request = new RecordConsentRequest(
            action, choices, Purposes.ToDictionary(purpose => purpose, _ => 1), Language.Nl, VisitorId: identity.VisitorId,
            VisitorToken: identity.Token, TextHash: identity.TextHash, Source: ReceiptSource.Widget, UserActivation: true);
        var client = new ClientSignals(IPAddress.Parse(Pick(random, Addresses)), Gpc: false, Pick(random, Agents));
        // About 1.4 displays per decision: some visitors leave the banner unanswered on their first page.
        return new SyntheticVisitor(client, random.NextDouble() < 0.4 ? 2 : 1, request);
    }

    private static string Pick(Random random, (string Value, int Weight)[] table)
    {
        var ticket = random.Next(table.Sum(entry => entry.Weight));
        foreach (var (value, weight) in table)
        {
            if ((ticket -= weight) < 0)
            {
                return value;
            }
        }

        return table[^1].Value;
    }
}
