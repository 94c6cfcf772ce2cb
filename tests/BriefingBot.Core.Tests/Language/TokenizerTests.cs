using BriefingBot.Core.Language;

namespace BriefingBot.Core.Tests.Language;

public sealed class TokenizerTests
{
    [Fact]
    public void Words_PossessivesHyphensAndAcronyms_AreReadAsOneWord()
    {
        var words = Tokenizer.Words("Maduro's anti-government U.S. allies don't (yet) agree.");

        Assert.Equal(["Maduro", "anti-government", "U.S", "allies", "don't", "yet", "agree"], words);
    }

    [Fact]
    public void Terms_DropStopWordsAndLowerCase()
    {
        Assert.Equal(["backs", "guaido"], Tokenizer.Terms("Who backs Guaido?"));
    }

    [Fact]
    public void SentenceToken_Tokenize_MarksPossessivesAndKeepsPunctuation()
    {
        var tokens = SentenceToken.Tokenize("Maduro's allies – Russia.");

        Assert.Equal(["Maduro", "allies", "–", "Russia", "."], tokens.Select(t => t.Text));
        Assert.True(tokens[0].Possessive);
        Assert.False(tokens[1].Possessive);
    }

    [Theory]
    [InlineData("al-Maliki", 1, true)]
    [InlineData("Chick-fil-A", 2, true)] // the one-letter part is not asked about
    [InlineData("Chick-fil-A", 1, false)]
    [InlineData("--", 1, false)] // a dash has no parts
    [InlineData("Maliki", 1, false)] // no hyphen
    public void IsHyphenatedOf_AsksAboutEveryLongEnoughPart(string word, int minPartLength, bool expected)
    {
        var wanted = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "al", "maliki", "chick", "fil" };

        Assert.Equal(expected, Tokenizer.IsHyphenatedOf(word, wanted.Contains, minPartLength));
    }
}
