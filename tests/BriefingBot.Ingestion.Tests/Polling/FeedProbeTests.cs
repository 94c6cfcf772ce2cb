using System.Text;
using BriefingBot.Ingestion.Polling;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Ingestion.Tests.Polling;

public sealed class FeedProbeTests
{
    private const string Rss =
        "<rss version=\"2.0\"><channel><title>Harbor Gazette</title>" +
        "<item><title>Ferry fares</title><description>Ferry fares rise by 4% in spring.</description></item>" +
        "<item><title>Bridge works</title><description>The old bridge closes for repairs in May.</description></item>" +
        "</channel></rss>";

    private static async Task<Core.Subscriptions.FeedProbeResult> ProbeAsync(Func<System.Net.HttpListenerContext, Task> handler, string path = "/", Dictionary<string, string?>? settings = null)
    {
        await using var server = new LoopbackServer(handler);
        using var services = TestServices.Create(settings);
        return await services.GetRequiredService<Core.Subscriptions.IFeedProbe>().ProbeAsync(server.Url(path), CancellationToken.None);
    }

    private static Func<System.Net.HttpListenerContext, Task> Serve(string body, string contentType, int status = 200) => async c =>
    {
        c.Response.StatusCode = status;
        c.Response.ContentType = contentType;
        await c.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(body));
    };

    [Fact]
    public async Task ProbeAsync_AFeed_GivesItsTitleAndItemCount()
    {
        var result = await ProbeAsync(Serve(Rss, "application/rss+xml"));

        Assert.True(result.IsFeed);
        Assert.Equal("Harbor Gazette", result.Title);
        Assert.Equal(2, result.Items);
    }

    [Fact]
    public async Task ProbeAsync_PageThatLinksItsFeed_SuggestsTheFeedAddress()
    {
        var page = "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" title=\"News\" href=\"/feeds/news.xml\"></head><body>Hi</body></html>";

        var result = await ProbeAsync(Serve(page, "text/html"), "/news/");

        Assert.False(result.IsFeed);
        Assert.Matches(@"is a web page, not a feed\. It links its feed at http://127\.0\.0\.1:\d+/feeds/news\.xml; add that address\.", result.Problem);
    }

    [Fact]
    public async Task ProbeAsync_PlainPage_SaysItIsNotAFeed()
    {
        var result = await ProbeAsync(Serve("<html><body>Nothing here</body></html>", "text/html"));

        Assert.Contains("is not an RSS, Atom or JSON feed (it served text/html)", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_MalformedFeed_SaysItCannotBeRead()
    {
        var result = await ProbeAsync(Serve("<rss version=\"2.0\"><channel><item><title>cut", "application/rss+xml"));

        Assert.False(result.IsFeed);
        Assert.Contains("is not a readable RSS, Atom or JSON feed", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_NotFound_GivesTheStatus()
    {
        var result = await ProbeAsync(Serve("gone", "text/plain", 404));

        Assert.Contains("answered 404", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_TooLarge_SaysSo()
    {
        var result = await ProbeAsync(async c =>
        {
            c.Response.ContentType = "application/rss+xml";
            c.Response.SendChunked = true;
            var chunk = new byte[64 * 1024];
            for (var i = 0; i < 40; i++)
            {
                await c.Response.OutputStream.WriteAsync(chunk);
            }
        });

        Assert.Contains("is too large", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_LoopbackNotAllowed_IsRefusedByTheGuard()
    {
        var result = await ProbeAsync(Serve(Rss, "application/rss+xml"), settings: new() { ["Ingestion:Http:AllowLoopback"] = "false" });

        Assert.Contains("refused to fetch", result.Problem, StringComparison.Ordinal);
        Assert.Contains("loopback", result.Problem, StringComparison.Ordinal);
    }
}
