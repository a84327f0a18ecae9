using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace ConsentManager.Api.Http;

public static class HttpContractRegistration
{
    /// <summary>Controllers with the strict JSON contract, route-id checks and the default body limit.</summary>
    public static IServiceCollection AddHttpContract(this IServiceCollection services)
    {
        services.AddControllers(options => options.Filters.Add<RouteIdValidationFilter>());
        services.AddStrictJson();
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = RequestBodyLimit.DefaultBytes);
        return services;
    }
}
