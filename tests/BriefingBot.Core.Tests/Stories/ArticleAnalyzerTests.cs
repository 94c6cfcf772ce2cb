using BriefingBot.Core.Stories;
using BriefingBot.Core.Summarization;

namespace BriefingBot.Core.Tests.Stories;

public sealed class ArticleAnalyzerTests
{
    private readonly ArticleAnalyzer analyzer = new(new ExtractiveSummarizer());

    [Fact]
    public void Analyze_RecordWithId_KeepsTheIdAndDropsTheRepeatedHeadline()
    {
        var draft = new ArticleDraft
        {
            ExternalId = "bbc-business-001",
            Title = "Ad sales boost Time Warner profit",
            Text = "Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76%. The firm benefited from sales of high-speed internet connections.",
        };

        var article = analyzer.Analyze(draft);

        Assert.Equal("bbc-business-001", article.ArticleId);
        Assert.Equal("Ad sales boost Time Warner profit", article.Title);
        Assert.Equal("Quarterly profits at US media giant TimeWarner jumped 76%.", article.Sentences[0]);
        Assert.Equal(2, article.Sentences.Count);
    }

    [Fact]
    public void Analyze_NoTitle_KeepsTheFirstSentenceItsTitleIsMadeFrom()
    {
        var article = analyzer.Analyze(new ArticleDraft { Text = "The ferry strike ended on Friday. Crews return to work on Monday." });

        Assert.Equal("The ferry strike ended on Friday.", article.Title);
        Assert.Equal(["The ferry strike ended on Friday.", "Crews return to work on Monday."], article.Sentences);
    }

    [Fact]
    public void Analyze_WireDateline_IsNotPartOfTheSentencesOrTheSummary()
    {
        var article = analyzer.Analyze(new ArticleDraft
        {
            Title = "Ferry strike ends",
            Text = "PORTSMOUTH, England (CNN) -- The ferry strike ended on Friday. Crews return to work on Monday.",
        });

        Assert.Equal("The ferry strike ended on Friday.", article.Sentences[0]);
        Assert.DoesNotContain(article.Summary, s => s.Contains("CNN", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_SameBodyUnderAnotherHeadline_HasTheSameFingerprints()
    {
        const string body = "Jennifer Capriati has become the third leading player to withdraw. She has a shoulder injury.";
        var a = analyzer.Analyze(new ArticleDraft { Title = "Capriati to miss Melbourne", Text = "Capriati to miss Melbourne\n\n" + body });
        var b = analyzer.Analyze(new ArticleDraft { Title = "Capriati out of Australian Open", Text = "Capriati out of Australian Open\n\n" + body });

        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.Equal(a.Fingerprint, b.Fingerprint);
    }

    [Fact]
    public void Analyze_NoIdNoTitle_DerivesIdFromUrlAndTitleFromFirstSentence()
    {
        var a = analyzer.Analyze(new ArticleDraft { Text = "Storm closes ports. Gusts passed 120 km/h.", Url = "https://www.example.com/a?utm_source=x" });
        var b = analyzer.Analyze(new ArticleDraft { Text = "Other text entirely. Nothing alike.", Url = "https://example.com/a" });

        Assert.Equal(a.ArticleId, b.ArticleId);
        Assert.StartsWith("a-", a.ArticleId, StringComparison.Ordinal);
        Assert.Equal("Storm closes ports.", a.Title);
        Assert.Equal("https://example.com/a", a.CanonicalUrl);
    }

    [Fact]
    public void Analyze_LongArticle_SummaryHasThreeSentencesInDocumentOrder()
    {
        string[] topics = ["dredging", "cranes", "pilots", "tariffs", "ferries", "berths", "customs", "tugboats", "warehouses", "lighthouses", "moorings", "fuel"];
        var text = string.Join(' ', topics.Select((t, i) => $"The harbour budget for {t} was debated by councillor {i} before the {t} vote."));

        var article = analyzer.Analyze(new ArticleDraft { Text = text, Title = "Harbour budget vote" });

        Assert.Equal(ArticleAnalyzer.DefaultSummaryLength, article.Summary.Count);
        var positions = article.Summary.Select(s => article.Sentences.ToList().IndexOf(s)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }
}
