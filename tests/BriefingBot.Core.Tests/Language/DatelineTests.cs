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
    [InlineData("WASHINGTON — Michael Steele drew criticism.", "Michael Steele drew criticism.")]
    [InlineData("WASHINGTON ― The panel met.", "The panel met.")] // a horizontal bar, as some outlets set the dash
    [InlineData("NEW YORK -- The index rose.", "The index rose.")]
    [InlineData("BAGHDAD, Iraq – Talks resumed.", "Talks resumed.")]
    public void Strip_RemovesTheOpeningDateline(string text, string expected) =>
        Assert.Equal(expected, Dateline.Strip(text));

    [Theory]
    [InlineData("(Laughs) The mayor said nothing.")]
    [InlineData("The mayor (CNN) -- said nothing.")]
    [InlineData("Russia and China back Maduro.")]
    [InlineData("Mr. Ortiz — the mayor — said nothing.")]
    [InlineData("NATO allies met on Friday — and agreed.")]
    public void Strip_LeavesOtherTextAlone(string text) =>
        Assert.Equal(text, Dateline.Strip(text));
}
