using System.IO.Compression;
using System.Net;
using System.Text;
using BriefingBot.Ingestion.Fetching;

namespace BriefingBot.Ingestion.Tests.Fetching;

public sealed class FeedHttpClientTests
{
    private static async Task Write(HttpListenerContext context, string body, string contentType = "application/rss+xml")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentType = contentType;
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
    }

    [Fact]
    public async Task FetchAsync_Success_ReturnsBodyAndValidators()
    {
        await using var server = new LoopbackServer(async c =>
        {
            c.Response.Headers["ETag"] = "\"v1\"";
            c.Response.Headers["Last-Modified"] = "Thu, 26 Nov 2026 10:00:00 GMT";
            await Write(c, "<rss/>");
        });
        using var services = TestServices.Create();

        var result = await services.Client().FetchAsync(server.Url("/feed"), null, null, CancellationToken.None);

        Assert.False(result.NotModified);
        Assert.Equal("<rss/>", Encoding.UTF8.GetString(result.Body));
        Assert.Equal("\"v1\"", result.ETag);
        Assert.Equal("Thu, 26 Nov 2026 10:00:00 GMT", result.LastModified);
        Assert.Equal("application/rss+xml", result.MediaType);
    }

    [Fact]
    public async Task FetchAsync_ValidatorsStillCurrent_IsNotModified()
    {
        string? seenIfNoneMatch = null;
        await using var server = new LoopbackServer(c =>
        {
            seenIfNoneMatch = c.Request.Headers["If-None-Match"];
            c.Response.StatusCode = seenIfNoneMatch == "\"v1\"" ? 304 : 200;
            return Task.CompletedTask;
        });
        using var services = TestServices.Create();

        var result = await services.Client().FetchAsync(server.Url(), "\"v1\"", "Thu, 26 Nov 2026 10:00:00 GMT", CancellationToken.None);

        Assert.True(result.NotModified);
        Assert.Empty(result.Body);
        Assert.Equal("\"v1\"", seenIfNoneMatch);
    }

    [Fact]
    public async Task FetchAsync_GzipResponse_IsDecompressed()
    {
        await using var server = new LoopbackServer(async c =>
        {
            using var buffer = new MemoryStream();
            await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            {
                await gzip.WriteAsync(Encoding.UTF8.GetBytes("compressed feed body"));
            }

            c.Response.Headers["Content-Encoding"] = "gzip";
            c.Response.ContentLength64 = buffer.Length;
            await c.Response.OutputStream.WriteAsync(buffer.ToArray());
        });
        using var services = TestServices.Create();

        var result = await services.Client().FetchAsync(server.Url(), null, null, CancellationToken.None);

        Assert.Equal("compressed feed body", Encoding.UTF8.GetString(result.Body));
    }

    [Fact]
    public async Task FetchAsync_DeclaredFiftyMegabytes_IsRefusedBeforeReading()
    {
        await using var server = new LoopbackServer(async c =>
        {
            c.Response.ContentLength64 = 50L * 1024 * 1024;
            await c.Response.OutputStream.WriteAsync(new byte[64 * 1024]);
        });
        using var services = TestServices.Create();

        var error = await Assert.ThrowsAsync<FetchException>(() => services.Client().FetchAsync(server.Url(), null, null, CancellationToken.None));

        Assert.Contains("too large", error.Message, StringComparison.Ordinal);
        Assert.Contains("52,428,800", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_UndeclaredFiftyMegabyteStream_StopsAtTheCap()
    {
        await using var server = new LoopbackServer(async c =>
        {
            c.Response.SendChunked = true;
            var chunk = new byte[64 * 1024];
            for (var sent = 0L; sent < 50L * 1024 * 1024; sent += chunk.Length)
            {
                await c.Response.OutputStream.WriteAsync(chunk);
            }
        });
        using var services = TestServices.Create();

        var error = await Assert.ThrowsAsync<FetchException>(() => services.Client().FetchAsync(server.Url(), null, null, CancellationToken.None));

        Assert.Contains("more than 1,048,576 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_RedirectLoop_FailsWithAClearReason()
    {
        await using var server = new LoopbackServer(c =>
        {
            c.Response.StatusCode = 302;
            c.Response.Headers["Location"] = c.Request.Url!.AbsolutePath == "/a" ? "/b" : "/a";
            return Task.CompletedTask;
        });
        using var services = TestServices.Create();

        var error = await Assert.ThrowsAsync<FetchException>(() => services.Client().FetchAsync(server.Url("/a"), null, null, CancellationToken.None));

        Assert.Contains("redirected more than 5 times", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_SlowServer_TimesOut()
    {
        await using var server = new LoopbackServer(async c =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10));
            await Write(c, "<rss/>");
        });
        using var services = TestServices.Create(new() { ["Ingestion:Http:Timeout"] = "00:00:00.300" });
        var started = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<FetchException>(() => services.Client().FetchAsync(server.Url(), null, null, CancellationToken.None));

        Assert.Contains("did not answer within 0.3 s", error.Message, StringComparison.Ordinal);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(8), $"took {started.Elapsed}");
    }

    [Fact]
    public async Task FetchAsync_ServerError_IsReportedWithItsStatus()
    {
        await using var server = new LoopbackServer(c =>
        {
            c.Response.StatusCode = 404;
            return Task.CompletedTask;
        });
        using var services = TestServices.Create();

        var error = await Assert.ThrowsAsync<FetchException>(() => services.Client().FetchAsync(server.Url("/missing"), null, null, CancellationToken.None));

        Assert.Contains("answered 404", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}/feed", "a loopback address")]
    [InlineData("http://localhost:{port}/feed", "a loopback address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("http://10.0.0.8/feed", "a private address")]
    public async Task FetchAsync_InternalAddressByDefault_IsRefusedWithoutConnecting(string url, string reason)
    {
        await using var server = new LoopbackServer(c => Write(c, "<rss/>"));
        using var services = TestServices.Create(new() { ["Ingestion:Http:AllowLoopback"] = "false" });
        var uri = new Uri(url.Replace("{port}", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<FetchException>(() => services.Client().FetchAsync(uri, null, null, CancellationToken.None));

        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task FetchAsync_NotHttp_IsRefused()
    {
        using var services = TestServices.Create();

        await Assert.ThrowsAsync<FetchException>(() => services.Client().FetchAsync(new Uri("file:///etc/passwd"), null, null, CancellationToken.None));
    }
}
