using System.Text;
using BriefingBot.Core.Stories;
using BriefingBot.Ingestion.Pipeline;
using Moq;

namespace BriefingBot.Ingestion.Tests.Pipeline;

public sealed class SourceReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("briefingbot-reader-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task<List<SourceItem>> ReadAll(SourceReader reader, string location)
    {
        var items = new List<SourceItem>();
        await foreach (var item in reader.ReadAsync(location, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    [Fact]
    public async Task ReadAsync_FolderWithBadFiles_ReportsEachProblemAndReadsTheRest()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "good.md"), "# Good\n\nA good article about the harbour budget.");
        await File.WriteAllBytesAsync(Path.Combine(folder, "empty.txt"), []);
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.xml"), "<rss><channel><item><title>cut");
        await File.WriteAllTextAsync(Path.Combine(folder, "nav.html"), "<html><body><nav>Home</nav></body></html>");
        await File.WriteAllBytesAsync(Path.Combine(folder, "latin.txt"), [.. Encoding.Latin1.GetBytes("Caf\u00e9 prices\n\nA coffee costs \u00a33 at the caf\u00e9.")]);
        await File.WriteAllTextAsync(Path.Combine(folder, "records.jsonl"), "{\"id\":\"r1\",\"text\":\"Record one.\"}\nnot json\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "ignored.png"), "binary");
        using var services = TestServices.Create();

        var items = await ReadAll(services.Reader(), folder);

        var drafts = items.Where(i => i.Draft is not null).Select(i => i.Draft!).ToList();
        Assert.Equal(["Good", "Café prices", null], drafts.Select(d => d.Title));
        Assert.Equal("A coffee costs £3 at the café.", drafts[1].Text);
        var issues = items.Where(i => i.Issue is not null).Select(i => i.Issue!.Message).ToList();
        Assert.Equal(4, issues.Count);
        Assert.Contains(issues, m => m.Contains("broken.xml is not", StringComparison.Ordinal));
        Assert.Contains(issues, m => m.EndsWith("empty.txt is empty (0 bytes)", StringComparison.Ordinal));
        Assert.Contains(issues, m => m.Contains("no article text", StringComparison.Ordinal));
        Assert.Contains(issues, m => m.StartsWith("line 2 is not valid JSON", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_MissingPath_IsAnIssue()
    {
        using var services = TestServices.Create();

        var item = Assert.Single(await ReadAll(services.Reader(), Path.Combine(folder, "nope")));

        Assert.Contains("no such file, folder or http(s) URL", item.Issue!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Feed_RecordsValidatorsAndSuccess()
    {
        await using var server = new LoopbackServer(async c =>
        {
            c.Response.Headers["ETag"] = "\"v7\"";
            var body = Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>Wire</title><item><title>One</title><link>https://w.example/1</link><description>Text one.</description></item></channel></rss>");
            await c.Response.OutputStream.WriteAsync(body);
        });
        var state = new Mock<ISourceStateStore>();
        using var services = TestServices.Create(state: state.Object);

        var items = await ReadAll(services.Reader(), server.Url("/rss").ToString());

        Assert.Equal("Text one.", Assert.Single(items).Draft!.Text);
        state.Verify(s => s.SaveSourceAsync(It.Is<ArticleSource>(a => a.ETag == "\"v7\"" && a.LastError == null && a.ConsecutiveFailures == 0 && a.LastSuccessAt != null), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ReadAsync_FeedThatFails_CountsConsecutiveFailures()
    {
        await using var server = new LoopbackServer(c =>
        {
            c.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        var location = server.Url("/rss").ToString();
        var state = new Mock<ISourceStateStore>();
        state.Setup(s => s.GetSourceAsync(location, It.IsAny<CancellationToken>())).ReturnsAsync(new ArticleSource { Location = location, ConsecutiveFailures = 2, ETag = "\"old\"" });
        using var services = TestServices.Create(state: state.Object);

        var item = Assert.Single(await ReadAll(services.Reader(), location));

        Assert.Contains("answered 500", item.Issue!.Message, StringComparison.Ordinal);
        state.Verify(s => s.SaveSourceAsync(It.Is<ArticleSource>(a => a.ConsecutiveFailures == 3 && a.ETag == "\"old\"" && a.LastError!.Contains("500")), It.IsAny<CancellationToken>()), Times.Once);
    }
}
