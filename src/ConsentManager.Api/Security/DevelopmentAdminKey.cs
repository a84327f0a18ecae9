using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace ConsentManager.Api.Security;

/// <summary>In Development an unset admin key is generated, so the run command works with no configuration.</summary>
internal sealed class DevelopmentAdminKey(IHostEnvironment environment) : IPostConfigureOptions<SecurityOptions>
{
    public void PostConfigure(string? name, SecurityOptions options)
    {
        if (environment.IsDevelopment() && string.IsNullOrEmpty(options.AdminKey))
        {
            options.AdminKey = "dev_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
            options.AdminKeyGenerated = true;
        }
    }

}
