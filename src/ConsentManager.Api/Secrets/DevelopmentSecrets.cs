using System.Buffers.Text;
using System.Security.Cryptography;

namespace ConsentManager.Api.Secrets;

/// <summary>
/// In Development an unconfigured key is generated once and kept under <c>.data/secrets/</c> (relative to where the
/// API runs, beside the embedded Redis data), so a restart keeps visitors' tokens and receipts' MACs valid.
/// </summary>
public static class DevelopmentSecrets
{
    public const string Directory = ".data/secrets";

    public static string LoadOrCreate(string name)
    {
        var path = Path.GetFullPath(Path.Combine(Directory, name));
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        // Write, then move without overwriting: of two processes starting at once, the first key wins for both.
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, key);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }

        return File.ReadAllText(path).Trim();
    }
}
