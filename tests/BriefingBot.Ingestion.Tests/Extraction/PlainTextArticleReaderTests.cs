using BriefingBot.Ingestion.Extraction;

namespace BriefingBot.Ingestion.Tests.Extraction;

public sealed class PlainTextArticleReaderTests
{
    [Fact]
    public void Read_MarkdownWithMetadata_FillsTheDraft()
    {
        const string text = "# Fare freeze approved\nSource: Ridgeview Post\nPublished: 2026-11-24T18:05:00Z\nURL: https://ridgeview.example/fares\n\nThe council voted 7 to 4.\n\nThe mayor backs it.";

        var draft = PlainTextArticleReader.Read(text, "fares.md");

        Assert.Equal("Fare freeze approved", draft.Title);
        Assert.Equal("Ridgeview Post", draft.Source);
        Assert.Equal("https://ridgeview.example/fares", draft.Url);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 18, 5, 0, TimeSpan.Zero), draft.Published);
        Assert.Equal("The council voted 7 to 4.\n\nThe mayor backs it.", draft.Text);
    }

    [Fact]
    public void Read_BodyLineWithAColon_IsText()
    {
        var draft = PlainTextArticleReader.Read("Title\n\nNote: the vote was close.", "a.txt");

        Assert.Equal("Note: the vote was close.", draft.Text);
    }

    [Theory]
    [InlineData("\n\n  \n")]
    [InlineData("Only a title")]
    public void Read_NoBody_ThrowsAClearError(string text) =>
        Assert.Throws<ExtractionException>(() => PlainTextArticleReader.Read(text, "a.txt"));
}
