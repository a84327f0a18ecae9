using ConsentManager.Api.Security;
using ConsentManager.Api.Sites;
using ConsentManager.Client;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Demo;

/// <summary>
/// The demo job board at <c>/demo</c>, for Development only (Program.cs maps it nowhere else): pages that embed the
/// widget, stand-in trackers, and <c>/demo/hits</c>, the log of what those trackers reported.
/// </summary>
public static class DemoRegistration
{
    // A 1×1 transparent GIF, the classic tracking pixel.
    private static readonly byte[] Pixel = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        services.AddSingleton<DemoHitLog>();
        services.AddSingleton<DemoOutbox>();
        services.AddSingleton<DemoProcessor>();
        // The demo calls this API like any processor would: through the client package, with the admin key
        // (which includes decisions:read) at the address the run command serves (Demo:ConsentApi to change it).
        services.AddConsentClient();
        services.AddOptions<ConsentClientOptions>().Configure<IConfiguration, IOptions<SecurityOptions>>((options, configuration, security) =>
        {
            options.BaseAddress = new Uri(configuration["Demo:ConsentApi"] ?? "http://localhost:5080");
            options.ApiKey = security.Value.AdminKey ?? "";
            options.SiteId = DemoSiteSeeder.SiteId;
        });
        return services;
    }

    public static IEndpointRouteBuilder MapDemo(this IEndpointRouteBuilder endpoints)
    {
        var demo = endpoints.MapGroup("/demo").ExcludeFromDescription();
        DemoPages.Map(demo);
        MapAssets(demo);
        MapHits(demo.MapGroup("/hits"));
        MapProcessor(demo);
        return endpoints;
    }

    // The demo's own files, outside the API's static-file pipeline, so they exist only where the demo is mapped.
    private static void MapAssets(RouteGroupBuilder demo)
    {
        // Copied beside the app by the build; a checkout or artifact without them serves 404s instead of failing to start.
        var directory = Path.Combine(AppContext.BaseDirectory, "Demo", "wwwroot");
        IFileProvider files = Directory.Exists(directory) ? new PhysicalFileProvider(directory) : new NullFileProvider();
        var contentTypes = new FileExtensionContentTypeProvider();
        demo.MapGet("/assets/{file}", Results<PhysicalFileHttpResult, NotFound> (string file) =>
            files.GetFileInfo(file) is { Exists: true, PhysicalPath: { } path } && contentTypes.TryGetContentType(file, out var type)
                ? TypedResults.PhysicalFile(path, type)
                : TypedResults.NotFound());
    }

    private static void MapHits(RouteGroupBuilder hits)
    {
        hits.MapPost("/analytics", (DemoHitLog log, HttpRequest request) => Record(log, request, RecruitmentTemplate.Analytics));
        hits.MapPost("/job-alert", (DemoHitLog log, HttpRequest request) => Record(log, request, RecruitmentTemplate.JobAlertMarketing));
        hits.MapGet("/retargeting.gif", (DemoHitLog log, HttpRequest request, HttpResponse response) =>
        {
            log.Record(RecruitmentTemplate.Retargeting, request);
            // Every page view must reach the log, as a real pixel's would reach its vendor.
            response.Headers.CacheControl = "no-store";
            return TypedResults.Bytes(Pixel, "image/gif");
        });
        hits.MapGet("", (DemoHitLog log) => TypedResults.Ok(log.All()));
        hits.MapDelete("", (DemoHitLog log) =>
        {
            log.Clear();
            return TypedResults.NoContent();
        });
    }

    private static void MapProcessor(RouteGroupBuilder demo)
    {
        demo.MapPost("/job-alerts", Results<NoContent, BadRequest> (DemoProcessor processor, HttpContext context) =>
            processor.Subscribe(context) ? TypedResults.NoContent() : TypedResults.BadRequest());
        demo.MapPost("/mailer/run", async (DemoProcessor processor, CancellationToken cancellationToken) =>
            TypedResults.Ok(await processor.RunMailerAsync(cancellationToken)));
        demo.MapGet("/outbox", (DemoOutbox outbox) => TypedResults.Ok(outbox.All()));
    }

    private static NoContent Record(DemoHitLog log, HttpRequest request, string purpose)
    {
        log.Record(purpose, request);
        return TypedResults.NoContent();
    }
}
