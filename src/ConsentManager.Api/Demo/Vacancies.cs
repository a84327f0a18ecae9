namespace ConsentManager.Api.Demo;

internal sealed record Vacancy(string Id, string Title, string Employer, string Location, string Hours, string Salary, Text Summary);

/// <summary>The demo's fixed vacancies: enough to search, open and apply, nothing more.</summary>
internal static class Vacancies
{
    public static IReadOnlyList<Vacancy> All { get; } =
    [
        new("verpleegkundige-utrecht", "Verpleegkundige Interne Geneeskunde", "Stadsziekenhuis Utrecht", "Utrecht", "24-36", "€ 3.300 - € 4.600",
            new("Je zorgt samen met een hecht team voor patiënten op de afdeling Interne Geneeskunde.",
                "Together with a close-knit team you care for patients on the internal medicine ward.")),
        new("logistiek-tilburg", "Logistiek medewerker", "Brabant Distributie", "Tilburg", "38-40", "€ 2.600 - € 2.950",
            new("Orders verzamelen, scannen en klaarzetten in ons nieuwe distributiecentrum.",
                "Picking, scanning and staging orders in our new distribution centre.")),
        new("dotnet-amsterdam", "Junior .NET-ontwikkelaar", "Grachtsoft", "Amsterdam", "32-40", "€ 3.200 - € 4.100",
            new("Je bouwt mee aan API's in C# en ASP.NET Core, met een vaste mentor naast je.",
                "You help build APIs in C# and ASP.NET Core, with a dedicated mentor beside you.")),
        new("accountmanager-eindhoven", "Accountmanager binnendienst", "Lichtlijn Installatietechniek", "Eindhoven", "36-40", "€ 3.000 - € 3.800",
            new("Je adviseert installateurs over verlichting en bouwt langdurige klantrelaties op.",
                "You advise installers on lighting and build long-term customer relationships.")),
        new("leerkracht-rotterdam", "Leerkracht basisonderwijs groep 5", "OBS De Maasoever", "Rotterdam", "20-40", "€ 3.500 - € 5.000",
            new("Je geeft les aan een enthousiaste groep 5 in een school midden in de wijk.",
                "You teach an enthusiastic year-5 class at a school in the heart of the neighbourhood.")),
    ];

    public static Vacancy? Find(string id) => All.FirstOrDefault(vacancy => vacancy.Id == id);

    /// <summary>Vacancies whose title, employer or place contains the search text (all of them for an empty search).</summary>
    public static IReadOnlyList<Vacancy> Search(string? text) => string.IsNullOrWhiteSpace(text)
        ? All
        : All.Where(vacancy => new[] { vacancy.Title, vacancy.Employer, vacancy.Location }
            .Any(field => field.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase))).ToList();
}
