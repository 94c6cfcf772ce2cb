using BriefingBot.Core.Language;

namespace BriefingBot.Core.Tests.Language;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("(CNN) -- The ferry resumed on Friday.", "The ferry resumed on Friday.")]
    [InlineData("WASHINGTON (CNN) -- Senators met.", "Senators met.")]
    [InlineData("LONDON, England (Reuters) — Markets fell.", "Markets fell.")]
    [InlineData("(CNN)Blues fans gathered.", "Blues fans gathered.")]
    [InlineData("(Harbor Gazette) -- The council voted.", "The council voted.")]
    public void Strip_RemovesTheOpeningDateline(string text, string expected) =>
        Assert.Equal(expected, Dateline.Strip(text));

    [Theory]
    [InlineData("(Laughs) The mayor said nothing.")]
    [InlineData("The mayor (CNN) -- said nothing.")]
    [InlineData("Russia and China back Maduro.")]
    public void Strip_LeavesOtherTextAlone(string text) =>
        Assert.Equal(text, Dateline.Strip(text));
}
