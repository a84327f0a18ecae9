namespace ConsentManager.Api.Demo;

/// <summary>
/// The page around every demo page: the widget's embed tag, and three stand-in trackers marked up with the widget's
/// blocking contract, so none of them runs before its purpose is granted.
/// </summary>
internal static class DemoLayout
{
    public static IResult Page(DemoVisit visit, string title, string main, int status = StatusCodes.Status200OK) =>
        TypedResults.Content(Html(visit, title, main), "text/html; charset=utf-8", statusCode: status);

    private static string Html(DemoVisit visit, string title, string main) => $"""
        <!doctype html>
        <html lang="{visit.Lang}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{DemoVisit.Encode(title)} - Vacaturebank Demo</title>
        <link rel="stylesheet" href="/demo/assets/demo.css">
        <script src="/widget/v1/consent.js" data-site-id="{DemoVisit.Encode(visit.SiteId)}" async></script>
        </head>
        <body>
        <a class="skip" href="#main">{visit.T("Naar de inhoud", "Skip to content")}</a>
        <header class="site-header">
        <a class="logo" href="{visit.Href("/demo")}">Vacaturebank <span>Demo</span></a>
        <nav aria-label="{visit.T("Taal", "Language")}"><a href="{visit.OtherLanguageHref}" lang="{visit.T("en", "nl")}">{visit.T("English", "Nederlands")}</a></nav>
        </header>
        <main id="main">
        {main}
        </main>
        {JobAlert(visit)}
        <footer class="site-footer">
        <p>{visit.T("Demo Vacaturebank B.V. - een voorbeeldsite van ConsentManager; er wordt niets opgeslagen.",
            "Demo Vacaturebank B.V. - an example site of ConsentManager; nothing is stored.")}</p>
        <p><a href="#" data-consent-open>{visit.T("Cookie-instellingen", "Cookie settings")}</a></p>
        </footer>
        {Trackers(visit)}
        </body>
        </html>
        """;

    // Shown only once job-alert marketing is granted; the inline script below unhides it and reports the hit.
    private static string JobAlert(DemoVisit visit) => $"""
        <aside id="job-alert" class="job-alert" hidden aria-labelledby="job-alert-title">
        <h2 id="job-alert-title">{visit.T("Vacaturetips per e-mail", "Job alerts by e-mail")}</h2>
        <p>{visit.T("Ontvang nieuwe vacatures die passen bij wat je zoekt.", "Get new vacancies that match what you are looking for.")}</p>
        <form data-thanks="{visit.T("Gelukt: je ontvangt voortaan vacaturetips.", "Done: you will receive job alerts from now on.")}">
        <label for="alert-email">{visit.T("E-mailadres", "E-mail address")}</label>
        <input id="alert-email" name="email" type="email" autocomplete="email" required>
        <button type="submit">{visit.T("Aanmelden", "Sign up")}</button>
        <p role="status"></p>
        </form>
        </aside>
        """;

    // The stand-ins for real tags: an analytics script (first-party cookies, then a hit), a re-targeting pixel of an
    // IP-sending vendor (so it also needs ip_processing) and the inline job-alert script, which carries the page nonce
    // under ?csp=strict (the widget re-activates it with that nonce). All report to /demo/hits.
    private static string Trackers(DemoVisit visit) => $$"""
        <script type="text/plain" data-consent="job_alert_marketing"{{visit.NonceAttribute}}>
        (function () {
          var box = document.getElementById('job-alert');
          var form = box.querySelector('form');
          box.hidden = false;
          form.addEventListener('submit', function (event) {
            event.preventDefault();
            form.querySelector('[role=status]').textContent = form.getAttribute('data-thanks');
          });
          fetch('/demo/hits/job-alert', { method: 'POST' });
        })();
        </script>
        <script type="text/plain" data-consent="analytics" src="/demo/assets/analytics.js"></script>
        <img class="pixel" data-consent="retargeting" data-consent-vendor="Demo Ads" data-src="/demo/hits/retargeting.gif" alt="" width="1" height="1">
        """;
}
