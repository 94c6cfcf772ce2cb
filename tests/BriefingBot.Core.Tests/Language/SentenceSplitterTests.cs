using BriefingBot.Core.Language;

namespace BriefingBot.Core.Tests.Language;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_AbbreviationsAndInitials_DoNotEndSentences()
    {
        var text = "Venezuela's top military representative to the U.S., Col. Jose Luis Silva, has defected. The talks resume on Jan. 5 in Washington. J. K. Rowling was not there.";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(
        [
            "Venezuela's top military representative to the U.S., Col. Jose Luis Silva, has defected.",
            "The talks resume on Jan. 5 in Washington.",
            "J. K. Rowling was not there.",
        ], sentences);
    }

    [Fact]
    public void Split_DecimalsAndPercentages_StayInOneSentence()
    {
        var sentences = SentenceSplitter.Split("Profits rose 3.5% to $1.13bn. Shares fell 0.2 points.");

        Assert.Equal(["Profits rose 3.5% to $1.13bn.", "Shares fell 0.2 points."], sentences);
    }

    [Fact]
    public void Split_ClosingQuotes_StayWithTheirSentence()
    {
        var sentences = SentenceSplitter.Split("\"We will win.\" The crowd cheered. \"Are you sure?\" she asked. “Yes!” he said.");

        Assert.Equal(["\"We will win.\"", "The crowd cheered.", "\"Are you sure?\" she asked.", "“Yes!” he said."], sentences);
    }

    [Fact]
    public void Split_AcronymAtSentenceEnd_SplitsBeforeACommonSentenceStarter()
    {
        var sentences = SentenceSplitter.Split("Sanctions were announced by the U.S. The move angered Caracas. It was bought by Acme Inc. last year.");

        Assert.Equal(["Sanctions were announced by the U.S.", "The move angered Caracas.", "It was bought by Acme Inc. last year."], sentences);
    }

    [Fact]
    public void Split_ParagraphsAndHeadlines_AreSeparateSentences()
    {
        var sentences = SentenceSplitter.Split("Ad sales boost Time Warner profit\n\nQuarterly profits jumped 76%.\nThe firm gained.\n\n");

        Assert.Equal(["Ad sales boost Time Warner profit", "Quarterly profits jumped 76%.", "The firm gained."], sentences);
    }

    [Fact]
    public void Split_LineWrappedSentence_IsJoined()
    {
        var sentences = SentenceSplitter.Split("The council voted on Tuesday,\nand the mayor agreed.");

        Assert.Equal(["The council voted on Tuesday, and the mayor agreed."], sentences);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Split_Blank_ReturnsNothing(string text) => Assert.Empty(SentenceSplitter.Split(text));
}
