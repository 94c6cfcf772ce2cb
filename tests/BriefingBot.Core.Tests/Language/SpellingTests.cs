using BriefingBot.Core.Language;

namespace BriefingBot.Core.Tests.Language;

public sealed class SpellingTests
{
    private static readonly (string Term, long Articles)[] Stored =
    [
        ("islamabad", 9), ("juarez", 5), ("attornei", 143), ("senat", 80), ("sensat", 11), ("isra", 2), ("israel", 41),
    ];

    [Theory]
    [InlineData("islmabad", "islamabad")] // a letter dropped
    [InlineData("jaurez", "juarez")] // two letters swapped
    [InlineData("attournei", "attornei")] // a letter added
    [InlineData("sentat", "senat")] // "senat" (80 articles) before "sensat" (11), both one edit away
    [InlineData("isrel", "israel")]
    public void Closest_OneEditFromAStoredWord_IsThatWord(string stem, string expected) =>
        Assert.Equal(expected, Spelling.Closest(stem, Stored));

    [Theory]
    [InlineData("lybia")] // two edits from "libya"
    [InlineData("duel")] // too short: one edit makes "due"
    [InlineData("islamabad")] // stored as it is
    [InlineData("covid19")] // not letters only
    public void Closest_NothingOneEditAwayOrNotWorthCorrecting_IsNull(string stem) =>
        Assert.Null(Spelling.Closest(stem, [.. Stored, ("libya", 30), ("due", 50), ("covid", 4)]));

    [Fact]
    public void Closest_WordHeldByNoArticle_IsNotAnAnswer() =>
        Assert.Null(Spelling.Closest("islmabad", [("islamabad", 0)]));
}
