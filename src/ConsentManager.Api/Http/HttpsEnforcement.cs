using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Http;

/// <summary>HTTPS outside Development: HSTS and a redirect from HTTP, unless <see cref="TransportOptions.AllowPlainHttp"/>.</summary>
public static class HttpsEnforcement
{
    private static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static IServiceCollection AddHttpsEnforcement(this IServiceCollection services)
    {
        services.AddOptions<TransportOptions>().BindConfiguration(TransportOptions.Section).ValidateOnStart();
        services.AddHsts(hsts => hsts.MaxAge = HstsMaxAge);
        return services;
    }

    /// <summary>After the forwarded headers, so a proxy's <c>X-Forwarded-Proto: https</c> counts as HTTPS.</summary>
    public static IApplicationBuilder UseHttpsEnforcement(this WebApplication app)
    {
        if (app.Environment.IsDevelopment() || app.Services.GetRequiredService<IOptions<TransportOptions>>().Value.AllowPlainHttp)
        {
            return app;
        }

        return app.UseHsts().UseHttpsRedirection();
    }
}
