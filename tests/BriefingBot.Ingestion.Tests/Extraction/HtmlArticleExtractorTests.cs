using BriefingBot.Ingestion.Extraction;

namespace BriefingBot.Ingestion.Tests.Extraction;

public sealed class HtmlArticleExtractorTests
{
    private static readonly string Paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i =>
        $"<p>Paragraph {i}: the council debated the harbour budget for a long time, and members argued about dredging, cranes and pilot fees before a vote late in the evening.</p>"));

    [Fact]
    public void Extract_ArticlePage_FindsTheMainTextAndTitle()
    {
        var html = $"""
            <html><head><title>Harbour budget approved | Ridgeview Post</title><meta property="og:site_name" content="Ridgeview Post"></head>
            <body><nav><a href="/">Home</a><a href="/news">News</a></nav>
            <article><h1>Harbour budget approved</h1>{Paragraphs}</article>
            <footer>Copyright notice</footer></body></html>
            """;

        var draft = HtmlArticleExtractor.Extract(html, new Uri("https://ridgeview-post.example/harbour"));

        Assert.Contains("Paragraph 1: the council debated", draft.Text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 6", draft.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright notice", draft.Text, StringComparison.Ordinal);
        Assert.Equal("Ridgeview Post", draft.Source);
        Assert.Equal("Harbour budget approved", draft.Title);
        Assert.Equal("https://ridgeview-post.example/harbour", draft.Url);
    }

    [Theory]
    [InlineData("<html><body><nav><a href='/'>Home</a></nav><p>Subscribe!</p></body></html>")]
    [InlineData("<html></html>")]
    [InlineData("not html at all")]
    public void Extract_PageWithoutAnArticle_ThrowsAClearError(string html)
    {
        var error = Assert.Throws<ExtractionException>(() => HtmlArticleExtractor.Extract(html, new Uri("https://example.com/x")));

        Assert.Contains("no article text", error.Message, StringComparison.Ordinal);
    }
}
