namespace ConsentManager.Api.Demo;

/// <summary>
/// The application form. It posts back, checks that every field is filled and redirects to the thank-you page
/// (post/redirect/get). Nothing is stored: the demo only has to show that applying works whatever the visitor chose.
/// </summary>
internal static class ApplyPage
{
    // Well under the API's 16 KiB body limit, even when every character needs three bytes and percent-encoding.
    private const int MaxCvLength = 2000;

    public static void Map(RouteGroupBuilder demo)
    {
        demo.MapGet("/vacatures/{id}/solliciteren", (HttpRequest request, string id) =>
            DemoPages.WithVacancy(id, vacancy => Form(DemoVisit.From(request), vacancy, new Application("", "", ""), valid: true)));
        demo.MapPost("/vacatures/{id}/solliciteren", async (HttpRequest request, DemoProcessor processor, string id) =>
        {
            var form = await request.ReadFormAsync();
            var application = new Application(form["name"].ToString().Trim(), form["email"].ToString().Trim(), form["cv"].ToString().Trim());
            var visit = DemoVisit.From(request);
            if (application.IsComplete && Vacancies.Find(id) is not null)
            {
                await processor.ConvertAsync(request.HttpContext);
            }

            return DemoPages.WithVacancy(id, vacancy => application.IsComplete
                ? TypedResults.Redirect(visit.Url($"/demo/vacatures/{vacancy.Id}/bedankt"))
                : Form(visit, vacancy, application, valid: false));
        });
    }

    private static IResult Form(DemoVisit visit, Vacancy vacancy, Application application, bool valid) => DemoLayout.Page(
        visit,
        visit.T($"Solliciteren: {vacancy.Title}", $"Apply: {vacancy.Title}"),
        $"""
        <p><a href="{visit.Href($"/demo/vacatures/{vacancy.Id}")}">{visit.T("Terug naar de vacature", "Back to the vacancy")}</a></p>
        <h1>{visit.T("Solliciteren", "Apply")}: {DemoVisit.Encode(vacancy.Title)}</h1>
        <p class="meta">{DemoPages.Meta(visit, vacancy)}</p>
        {(valid ? "" : $"""<p class="error" role="alert">{visit.T("Vul je naam, e-mailadres en cv in.", "Please fill in your name, e-mail address and CV.")}</p>""")}
        <form class="apply" method="post" action="{visit.Href($"/demo/vacatures/{vacancy.Id}/solliciteren")}">
        <label for="name">{visit.T("Naam", "Name")}</label>
        <input id="name" name="name" autocomplete="name" required value="{DemoVisit.Encode(application.Name)}">
        <label for="email">{visit.T("E-mailadres", "E-mail address")}</label>
        <input id="email" name="email" type="email" autocomplete="email" required value="{DemoVisit.Encode(application.Email)}">
        <label for="cv">{visit.T("Cv of motivatie", "CV or cover letter")}</label>
        <textarea id="cv" name="cv" rows="8" maxlength="{MaxCvLength}" required>{DemoVisit.Encode(application.Cv)}</textarea>
        <button type="submit">{visit.T("Verstuur sollicitatie", "Send application")}</button>
        </form>
        """,
        valid ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);

    private sealed record Application(string Name, string Email, string Cv)
    {
        public bool IsComplete => Name.Length > 0 && Email.Contains('@') && Cv.Length is > 0 and <= MaxCvLength;
    }
}
