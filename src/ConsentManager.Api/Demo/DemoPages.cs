namespace ConsentManager.Api.Demo;

/// <summary>The job board's pages: search with results, a vacancy, and the thank-you page after applying.</summary>
internal static class DemoPages
{
    public static void Map(RouteGroupBuilder demo)
    {
        demo.MapGet("", (HttpRequest request, string? q) => Home(DemoVisit.From(request), q));
        demo.MapGet("/vacatures/{id}", (HttpRequest request, string id) => WithVacancy(id, vacancy => VacancyPage(DemoVisit.From(request), vacancy)));
        demo.MapGet("/vacatures/{id}/bedankt", (HttpRequest request, string id) => WithVacancy(id, vacancy => Thanks(DemoVisit.From(request), vacancy)));
        ApplyPage.Map(demo);
    }

    /// <summary>Runs the page for a known vacancy; an unknown id is a 404 problem, like every error of the API.</summary>
    public static IResult WithVacancy(string id, Func<Vacancy, IResult> page) =>
        Vacancies.Find(id) is { } vacancy
            ? page(vacancy)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Vacancy '{id}' does not exist in the demo.");

    private static IResult Home(DemoVisit visit, string? search)
    {
        var results = Vacancies.Search(search);
        var heading = results.Count switch
        {
            0 => visit.T($"Geen vacatures gevonden voor '{search}'", $"No vacancies found for '{search}'"),
            1 => visit.T("1 vacature", "1 vacancy"),
            _ => visit.T($"{results.Count} vacatures", $"{results.Count} vacancies"),
        };
        var items = string.Concat(results.Select(vacancy => $"""
            <li><article>
            <h3><a href="{visit.Href($"/demo/vacatures/{vacancy.Id}")}">{DemoVisit.Encode(vacancy.Title)}</a></h3>
            <p class="meta">{Meta(visit, vacancy)}</p>
            <p>{DemoVisit.Encode(visit.T(vacancy.Summary))}</p>
            </article></li>
            """));
        return DemoLayout.Page(visit, visit.T("Vacatures", "Vacancies"), $"""
            <h1>{visit.T("Vind je nieuwe baan", "Find your next job")}</h1>
            <form class="search" role="search" action="/demo" method="get">
            <label for="q">{visit.T("Functie, bedrijf of plaats", "Job title, company or place")}</label>
            <div class="search-row">
            <input id="q" name="q" type="search" value="{DemoVisit.Encode(search)}">
            <button type="submit">{visit.T("Zoeken", "Search")}</button>
            </div>
            {visit.HiddenFields}
            </form>
            <h2>{DemoVisit.Encode(heading)}</h2>
            <ul class="vacancies">{items}</ul>
            """);
    }

    private static IResult VacancyPage(DemoVisit visit, Vacancy vacancy) => DemoLayout.Page(visit, vacancy.Title, $"""
        <p><a href="{visit.Href("/demo")}">{visit.T("Alle vacatures", "All vacancies")}</a></p>
        <article>
        <h1>{DemoVisit.Encode(vacancy.Title)}</h1>
        <p class="meta">{Meta(visit, vacancy)}</p>
        <p><strong>{visit.T("Salaris", "Salary")}:</strong> {DemoVisit.Encode(vacancy.Salary)} {visit.T("bruto per maand", "gross per month")}</p>
        <p>{DemoVisit.Encode(visit.T(vacancy.Summary))}</p>
        <p><a class="button" href="{visit.Href($"/demo/vacatures/{vacancy.Id}/solliciteren")}">{visit.T("Solliciteer direct", "Apply now")}</a></p>
        </article>
        """);

    private static IResult Thanks(DemoVisit visit, Vacancy vacancy) => DemoLayout.Page(visit, visit.T("Bedankt", "Thank you"), $"""
        <h1>{visit.T("Bedankt voor je sollicitatie!", "Thank you for applying!")}</h1>
        <p>{visit.T($"Je sollicitatie op {DemoVisit.Encode(vacancy.Title)} bij {DemoVisit.Encode(vacancy.Employer)} is verstuurd.",
            $"Your application for {DemoVisit.Encode(vacancy.Title)} at {DemoVisit.Encode(vacancy.Employer)} has been sent.")}</p>
        <p><a href="{visit.Href("/demo")}">{visit.T("Verder zoeken", "Keep searching")}</a></p>
        """);

    public static string Meta(DemoVisit visit, Vacancy vacancy) =>
        DemoVisit.Encode($"{vacancy.Employer} · {vacancy.Location} · {vacancy.Hours} {visit.T("uur per week", "hours a week")}");
}
