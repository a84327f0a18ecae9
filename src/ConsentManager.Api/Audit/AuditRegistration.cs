using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Audit;

public static class AuditRegistration
{
    /// <summary>The hash-chained audit logs (per site and global) and their keys (<c>Audit__HashKeys__N</c>).</summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AuditKeys>();
        services.AddSingleton<IPostConfigureOptions<AuditOptions>>(provider => provider.GetRequiredService<AuditKeys>());
        services.AddSingleton<IValidateOptions<AuditOptions>>(provider => provider.GetRequiredService<AuditKeys>());
        services.AddSingleton<AuditSigner>();
        services.AddSingleton<RedisAuditStore>();
        services.AddSingleton<AuditLog>();
        return services.AddSingleton<AuditReader>();
    }

    /// <summary>Records every 401/403 in the audit trail; after routing, so the route's site is known.</summary>
    public static IApplicationBuilder UseFailedAccessAudit(this IApplicationBuilder app) => app.UseMiddleware<FailedAccessAuditMiddleware>();
}
