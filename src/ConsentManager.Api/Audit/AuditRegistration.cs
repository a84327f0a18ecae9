using ConsentManager.Api.Secrets;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Audit;

public static class AuditRegistration
{
    /// <summary>
    /// The hash-chained audit logs (per site and global) and their keys (<c>Audit__HashKeys__N</c>, else derived from
    /// the receipt MAC keys).
    /// </summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        // Registered before the key list's own post-configuration, so a derived key counts as configured.
        services.AddSingleton<IPostConfigureOptions<AuditOptions>, DerivedAuditKeys>();
        services.AddKeyListOptions<AuditOptions>(AuditOptions.Section, "Audit:HashKeys", "audit-hash-key", options => options.HashKeys)
            .AddOptions<AuditOptions>().ValidateDataAnnotations();
        services.AddSingleton<AuditSigner>();
        services.AddSingleton<RedisAuditStore>();
        services.AddSingleton<AuditLog>();
        return services.AddSingleton<AuditReader>();
    }

    /// <summary>Records every 401/403 in the audit trail; after routing, so the route's site is known.</summary>
    public static IApplicationBuilder UseFailedAccessAudit(this IApplicationBuilder app) => app.UseMiddleware<FailedAccessAuditMiddleware>();
}
