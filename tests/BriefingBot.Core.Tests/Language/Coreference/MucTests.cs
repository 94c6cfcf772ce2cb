using BriefingBot.Core.Language.Coreference;

namespace BriefingBot.Core.Tests.Language.Coreference;

public sealed class MucTests
{
    [Fact]
    public void Score_ChainCutInTwo_LosesOneLinkOfRecallAndNoPrecision()
    {
        // Gold: A B C D one chain. Response: {A B} and {C D}. (Vilain et al.'s own example.)
        var muc = Muc.Score(["x", "x", "x", "x"], [1, 1, 2, 2]);

        Assert.Equal(2.0 / 3, muc.Recall, 6);
        Assert.Equal(1.0, muc.Precision, 6);
        Assert.Equal(0.8, muc.F1, 6);
    }

    [Fact]
    public void Score_WrongLink_CostsPrecision_SingletonsCountForNothing()
    {
        // Gold: {A B} {C} {D}. Response: {A B C} {D}.
        var muc = Muc.Score(["x", "x", "c", "d"], [1, 1, 1, 2]);

        Assert.Equal(1.0, muc.Recall, 6);
        Assert.Equal(0.5, muc.Precision, 6);
    }

    [Fact]
    public void Add_SumsCountsBeforeDividing()
    {
        var total = Muc.Score(["x", "x"], [1, 2]) + Muc.Score(["y", "y", "y"], [1, 1, 1]);

        Assert.Equal(2.0 / 3, total.Recall, 6);
    }
}
