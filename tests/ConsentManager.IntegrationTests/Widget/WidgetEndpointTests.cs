using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using ConsentManager.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConsentManager.IntegrationTests.Widget;

/// <summary>The real widget build (web-widget/dist, built by scripts/test.sh) as sites load it.</summary>
[Collection(ApiCollection.Name)]
public sealed class WidgetEndpointTests(ConsentApiApplication app)
{
    private readonly HttpClient _client = new ApiScenario(app).Anonymous();

    [Fact]
    public async Task Alias_Serves_The_Manifest_Entry_As_JavaScript_With_Short_Caching()
    {
        var response = await _client.GetAsync("/widget/v1/consent.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/javascript; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("public, max-age=300", response.Headers.CacheControl?.ToString());
        Assert.Equal("cross-origin", Assert.Single(response.Headers.GetValues("Cross-Origin-Resource-Policy")));
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.Equal(await File.ReadAllBytesAsync(await BuiltEntryPathAsync()), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Alias_Answers_304_For_Its_ETag_And_200_For_Another()
    {
        var etag = (await _client.GetAsync("/widget/v1/consent.js")).Headers.ETag!;

        var unchanged = await _client.SendAsync(Conditional("/widget/v1/consent.js", etag));
        var changed = await _client.SendAsync(Conditional("/widget/v1/consent.js", new EntityTagHeaderValue("\"an-older-build\"")));

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal("public, max-age=300", unchanged.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEmpty(await changed.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0, gzip;q=0.5", "gzip")]
    [InlineData("identity", null)]
    public async Task Alias_Is_Sent_Compressed_As_The_Browser_Accepts_With_An_ETag_Per_Encoding(string accept, string? expected)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/widget/v1/consent.js");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);
        var plain = await _client.GetAsync("/widget/v1/consent.js");

        var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var decoded = expected switch
        {
            "br" => Decode(body, stream => new System.IO.Compression.BrotliStream(stream, System.IO.Compression.CompressionMode.Decompress)),
            "gzip" => Decode(body, stream => new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress)),
            _ => body,
        };

        Assert.Equal(expected is null ? [] : [expected], response.Content.Headers.ContentEncoding);
        Assert.Equal("Accept-Encoding", Assert.Single(response.Headers.Vary));
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), decoded);
        Assert.Equal(expected is null, Equals(response.Headers.ETag, plain.Headers.ETag));
        Assert.True(expected is null || body.Length * 2 < decoded.Length, $"{expected}: {body.Length} of {decoded.Length} bytes");
    }

    private static byte[] Decode(byte[] body, Func<Stream, Stream> decoder)
    {
        using var decoded = new MemoryStream();
        using (var decoding = decoder(new MemoryStream(body)))
        {
            decoding.CopyTo(decoded);
        }

        return decoded.ToArray();
    }

    [Fact]
    public async Task Hashed_File_Has_The_Same_Bytes_And_Is_Cached_Immutably()
    {
        var manifest = await ApiScenario.ReadJsonAsync(await _client.GetAsync("/widget/v1/manifest.json"));
        var src = manifest.GetProperty("src").GetString()!;

        var hashed = await _client.GetAsync(src);
        var alias = await _client.GetAsync("/widget/v1/consent.js");

        Assert.Equal(HttpStatusCode.OK, hashed.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", hashed.Headers.CacheControl?.ToString());
        Assert.Equal("*", Assert.Single(hashed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Equal(alias.Headers.ETag, hashed.Headers.ETag);
        Assert.Equal(await alias.Content.ReadAsByteArrayAsync(), await hashed.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(Conditional(src, hashed.Headers.ETag!))).StatusCode);
    }

    [Fact]
    public async Task Manifest_Names_The_Built_File_With_The_Sha384_Of_Its_Bytes()
    {
        var response = await _client.GetAsync("/widget/v1/manifest.json");
        var manifest = await ApiScenario.ReadJsonAsync(response);
        var bytes = await (await _client.GetAsync(manifest.GetProperty("src").GetString())).Content.ReadAsByteArrayAsync();

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(["integrity", "src"], manifest.EnumerateObject().Select(property => property.Name).Order());
        Assert.Equal($"/widget/v1/{Path.GetFileName(await BuiltEntryPathAsync())}", manifest.GetProperty("src").GetString());
        Assert.Equal($"sha384-{Convert.ToBase64String(SHA384.HashData(bytes))}", manifest.GetProperty("integrity").GetString());
    }

    [Theory]
    [InlineData("/widget/v1/consent-0ld8uild.js")]
    [InlineData("/widget/v1/index.html")]
    public async Task Other_Widget_Files_Return_404_Problem_Naming_The_Current_Build(string path)
    {
        var problem = await ApiScenario.AssertProblemAsync(await _client.GetAsync(path), HttpStatusCode.NotFound);

        Assert.Contains($"'{path[(path.LastIndexOf('/') + 1)..]}' is not the current build", problem.GetProperty("detail").GetString());
        Assert.Contains(Path.GetFileName(await BuiltEntryPathAsync()), problem.GetProperty("detail").GetString());
    }

    private static HttpRequestMessage Conditional(string path, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        return request;
    }

    // The file the build's own manifest names, read from disk: what the endpoints must serve byte for byte.
    private async Task<string> BuiltEntryPathAsync()
    {
        var dist = Path.GetFullPath("../../web-widget/dist", app.Services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        using var manifest = System.Text.Json.JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(dist, ".vite", "manifest.json")));
        var entry = manifest.RootElement.EnumerateObject().Single(chunk => chunk.Value.TryGetProperty("isEntry", out var isEntry) && isEntry.GetBoolean());
        return Path.Combine(dist, entry.Value.GetProperty("file").GetString()!);
    }
}
