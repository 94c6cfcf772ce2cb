using BriefingBot.Core.Stories;

namespace BriefingBot.Core.Tests.Stories;

public sealed class EventVectorTests
{
    [Fact]
    public void Build_WordsOfEarlierSentences_WeighMore()
    {
        var vector = EventVector.Build(string.Empty,
        [
            "The ferry strike ended on Friday.",
            "Talks had lasted a week.",
            "Crews will return on Monday.",
            "The union thanked passengers.",
            "The harbor board paid for the overtime.",
            "A pier repair is planned for June.",
        ]);

        Assert.True(vector["ferry"] > vector["talks"]);
        Assert.True(vector["talks"] > vector["pier"]);
        Assert.Equal(1f, vector["ferry"]);
    }

    [Fact]
    public void Build_WordRepeated_CountsSublinearlyAndNeverBelowASingleLateMention()
    {
        var vector = EventVector.Build(string.Empty, ["The strike began.", "The strike spread.", "Nothing else.", "Nothing more.", "Still the strike."]);

        Assert.InRange(vector["strike"], 1f, 2f);
        Assert.True(vector["strike"] > vector["nothing"]);
    }
}
