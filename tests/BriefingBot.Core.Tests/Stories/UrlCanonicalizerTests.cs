using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Tests.Stories;

public sealed class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("https://www.Example.com/news/story/?utm_source=x&b=2&a=1#top", "https://example.com/news/story?a=1&b=2")]
    [InlineData("http://example.com:80/a", "https://example.com/a")]
    [InlineData("https://example.com:8443/a?fbclid=1", "https://example.com:8443/a")]
    [InlineData("https://example.com/", "https://example.com/")]
    public void Canonicalize_VariantsOfOneUrl_BecomeOneSpelling(string url, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://example.com/file")]
    [InlineData("/relative/path")]
    public void Canonicalize_NotAnHttpUrl_ReturnsNull(string? url) => Assert.Null(UrlCanonicalizer.Canonicalize(url));
}
