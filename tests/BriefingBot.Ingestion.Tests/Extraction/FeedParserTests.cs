using System.Text;
using BriefingBot.Ingestion.Extraction;

namespace BriefingBot.Ingestion.Tests.Extraction;

public sealed class FeedParserTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Northwind Wire</title><link>https://northwind.example/</link>
        <item><title>Storm closes ports</title><link>https://northwind.example/storm</link>
        <pubDate>Wed, 25 Nov 2026 07:40:00 GMT</pubDate>
        <description><![CDATA[<p>Storm Imara closed four ports.</p><p>Power failed in 30,000 homes.</p><script>alert(1)</script>]]></description></item>
        <item><title>Empty item</title><link>https://northwind.example/empty</link></item>
        </channel></rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Lantern</title>
        <entry><title>Grid software opened</title><link href="https://lantern.example/grid"/><id>urn:1</id>
        <updated>2026-11-25T10:00:00Z</updated><content type="html">&lt;p&gt;The grid operator published its software.&lt;/p&gt;</content></entry>
        </feed>
        """;

    private const string JsonFeed = """
        {"version":"https://jsonfeed.org/version/1.1","title":"Lantern Tech Desk","items":[
          {"id":"1","url":"https://lantern.example/ai","title":"AI labels","content_html":"<p>A committee approved the bill.</p>","date_published":"2026-11-23T18:20:00Z"}]}
        """;

    [Fact]
    public void Parse_Rss_ReadsItemsAsPlainTextAndSkipsItemsWithoutText()
    {
        var drafts = FeedParser.Parse(Encoding.UTF8.GetBytes(Rss), "wire.xml");

        var draft = Assert.Single(drafts);
        Assert.Equal("Storm closes ports", draft.Title);
        Assert.Equal("Storm Imara closed four ports.\n\nPower failed in 30,000 homes.", draft.Text);
        Assert.Equal("https://northwind.example/storm", draft.Url);
        Assert.Equal("Northwind Wire", draft.Source);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 7, 40, 0, TimeSpan.Zero), draft.Published);
    }

    [Fact]
    public void Parse_Atom_ReadsEntries()
    {
        var draft = Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(Atom), "lantern.atom"));

        Assert.Equal("Grid software opened", draft.Title);
        Assert.Equal("The grid operator published its software.", draft.Text);
        Assert.Equal("https://lantern.example/grid", draft.Url);
    }

    [Fact]
    public void Parse_JsonFeed_ReadsItems()
    {
        var draft = Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(JsonFeed), "lantern.json"));

        Assert.Equal("AI labels", draft.Title);
        Assert.Equal("A committee approved the bill.", draft.Text);
        Assert.Equal("Lantern Tech Desk", draft.Source);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>Cut off</title><item><title>Half")]
    [InlineData("<rss><channel><item></rss>")]
    [InlineData("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[{")]
    [InlineData("<html><body>Not a feed</body></html>")]
    public void Parse_MalformedOrTruncated_ThrowsAClearError(string content)
    {
        var error = Assert.Throws<ExtractionException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(content), "bad.xml"));

        Assert.StartsWith("bad.xml is not", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Empty_SaysItIsEmpty() =>
        Assert.Equal("empty.xml is empty", Assert.Throws<ExtractionException>(() => FeedParser.Parse([], "empty.xml")).Message);

    [Fact]
    public void IsFeed_RecognizesFeedsNotPages()
    {
        Assert.True(FeedParser.IsFeed(Encoding.UTF8.GetBytes(Rss)));
        Assert.True(FeedParser.IsFeed(Encoding.UTF8.GetBytes(Atom)));
        Assert.True(FeedParser.IsFeed(Encoding.UTF8.GetBytes(JsonFeed)));
        Assert.False(FeedParser.IsFeed(Encoding.UTF8.GetBytes("<!doctype html><html></html>")));
        Assert.False(FeedParser.IsFeed(Encoding.UTF8.GetBytes("{\"id\":1}")));
    }
}
