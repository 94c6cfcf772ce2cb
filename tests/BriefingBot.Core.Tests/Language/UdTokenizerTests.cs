using BriefingBot.Core.Language;

namespace BriefingBot.Core.Tests.Language;

public sealed class UdTokenizerTests
{
    [Theory]
    [InlineData("Russia doesn't back Maduro's rival.", "Russia|does|n't|back|Maduro|'s|rival|.")]
    [InlineData("\"We can't,\" said Col. Silva of the U.S. Army.", "\"|We|ca|n't|,|\"|said|Col.|Silva|of|the|U.S.|Army|.")]
    [InlineData("Profits rose 3.5% to $1,130 (estimated).", "Profits|rose|3.5|%|to|$|1,130|(|estimated|)|.")]
    [InlineData("A long-term plan won't work; they're sure.", "A|long-term|plan|wo|n't|work|;|they|'re|sure|.")]
    [InlineData("Rep. Tom Hale (R-Mo.) and Sen. Ana Vale, D-N.Y., met in Lexington, Ky., on Friday.", "Rep.|Tom|Hale|(|R-Mo.|)|and|Sen.|Ana|Vale|,|D-N.Y.|,|met|in|Lexington|,|Ky.|,|on|Friday|.")]
    public void Tokenize_FollowsUdEnglishConventions(string sentence, string expected) =>
        Assert.Equal(expected.Split('|'), UdTokenizer.Tokenize(sentence));
}
