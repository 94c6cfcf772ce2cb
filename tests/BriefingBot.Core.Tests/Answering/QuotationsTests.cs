using BriefingBot.Core.Answering;
using BriefingBot.Core.Language;

namespace BriefingBot.Core.Tests.Answering;

public sealed class QuotationsTests
{
    [Theory]
    [InlineData("\u201cThe budget is a disgrace,\u201d Mayor Dana Hale and Senator Tom Price said in a statement.", "The budget is a disgrace ,", "Mayor Dana Hale and Senator Tom Price")]
    [InlineData("\"It is garbage,\" said Dana Hale, the harbor commissioner.", "It is garbage ,", "Dana Hale")]
    [InlineData("Dana Hale told reporters: \u201cThe ferry will run on time.\u201d", "The ferry will run on time .", "Dana Hale")]
    public void Attributed_FindsTheSpeakerBeforeOrAfterTheQuotation(string sentence, string quote, string speaker)
    {
        var analysis = LanguageModels.Default.Analyze(UdTokenizer.Tokenize(sentence));

        var found = Assert.Single(Quotations.Attributed(analysis));

        Assert.Equal(quote, string.Join(' ', analysis.Words[found.Start..found.End]));
        Assert.Equal(speaker, string.Join(' ', analysis.Words[found.SpeakerStart..found.SpeakerEnd]));
    }

    [Theory]
    [InlineData("The council passed what critics call a \u201cland grab\u201d on Monday.")]
    [InlineData("\u201cWalls work,\u201d the sign read.")]
    public void Attributed_WithoutAVerbOfSayingBesideIt_HasNoSpeaker(string sentence) =>
        Assert.Empty(Quotations.Attributed(LanguageModels.Default.Analyze(UdTokenizer.Tokenize(sentence))));
}
