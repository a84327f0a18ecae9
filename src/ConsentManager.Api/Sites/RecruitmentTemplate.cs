using ConsentManager.Api.Legal;

namespace ConsentManager.Api.Sites;

/// <summary>The four purposes every recruitment site starts from, in Dutch and English.</summary>
public static class RecruitmentTemplate
{
    public const string Analytics = "analytics";
    public const string Retargeting = "retargeting";
    public const string IpProcessing = "ip_processing";
    public const string JobAlertMarketing = "job_alert_marketing";

    /// <summary>The role a purpose without one plays: the template's own by id, <see cref="PurposeRole.Functional"/> otherwise.</summary>
    public static PurposeRole DefaultRole(string purposeId) => purposeId switch
    {
        Analytics => PurposeRole.Analytics,
        Retargeting => PurposeRole.Advertising,
        IpProcessing => PurposeRole.IpProcessing,
        JobAlertMarketing => PurposeRole.Marketing,
        _ => PurposeRole.Functional,
    };

    public static IReadOnlyList<Purpose> Purposes { get; } =
    [
        new(Analytics, 1,
            new("Statistieken", "Analytics"),
            new("We meten hoe bezoekers vacatures vinden en gebruiken, om de site te verbeteren.",
                "We measure how visitors find and use vacancies, to improve the site."),
            [new("Demo Analytics", 395, SendsIp: true, ["_demo_ga", "_demo_ga_*"])]),
        new(Retargeting, 1,
            new("Advertenties op andere sites", "Ads on other sites"),
            new("Advertentiepartners tonen je elders vacatures die passen bij wat je hier bekeek.",
                "Ad partners show you vacancies elsewhere that match what you viewed here."),
            [new("Demo Ads", 90, SendsIp: true, ["_demo_ads"])]),
        new(IpProcessing, 1,
            new("Verwerking van je IP-adres", "Processing your IP address"),
            new("Partners mogen je IP-adres ontvangen en verwerken, bijvoorbeeld om je regio te bepalen.",
                "Partners may receive and process your IP address, for example to determine your region."),
            []),
        new(JobAlertMarketing, 1,
            new("Vacaturetips per e-mail", "Job alerts by e-mail"),
            new("We sturen je vacatures en tips per e-mail op basis van je zoekgedrag.",
                "We e-mail you vacancies and tips based on your searches."),
            [new("Demo Mailer", 30, SendsIp: false, ["_demo_alert"])]),
    ];
}
