using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Observability;

public static class MetricsEndpoints
{
    /// <summary>The collector (started with the app, so no request goes uncounted) and its access options.</summary>
    public static IServiceCollection AddPrometheusMetrics(this IServiceCollection services)
    {
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<MetricsCollector>();
        return services;
    }

    /// <summary><c>/metrics</c> in the Prometheus text format, for the networks in <c>Metrics:AllowedNetworks</c> only.</summary>
    public static IEndpointRouteBuilder MapPrometheusMetrics(this IEndpointRouteBuilder endpoints)
    {
        var collector = endpoints.ServiceProvider.GetRequiredService<MetricsCollector>();
        endpoints.MapGet("/metrics", Results<ContentHttpResult, ProblemHttpResult> (HttpContext context, IOptions<MetricsOptions> options) =>
                options.Value.Allows(context.Connection.RemoteIpAddress)
                    ? TypedResults.Text(PrometheusText.Write(collector), PrometheusText.ContentType)
                    : TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                        detail: "Metrics are served only to the networks in Metrics:AllowedNetworks (default: loopback)."))
            .ExcludeFromDescription();
        return endpoints;
    }
}
