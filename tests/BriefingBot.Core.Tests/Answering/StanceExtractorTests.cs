using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

public sealed class StanceExtractorTests
{
    [Fact]
    public void Extract_PossessiveSupporters_NamesTheListAfterTheNoun()
    {
        const string sentence = "Venezuela opposition leader Juan Guaido has reached out to disputed President Nicolas Maduro's staunchest supporters – Russia and China – to convince them to switch sides.";

        Assert.Equal(["Russia", "China"], StanceExtractor.Extract(sentence, "Maduro", supporters: true));
        Assert.Empty(StanceExtractor.Extract(sentence, "Guaido", supporters: true));
    }

    [Theory]
    [InlineData("Ministers would not rule out scrapping the Child Support Agency, Alan Hale has warned.", "Child Support Agency")]
    [InlineData("The Eastvale Support Group met Ana Ruiz on Monday.", "Ana Ruiz")]
    public void Extract_CueWordInsideAName_IsNoCue(string sentence, string target) =>
        Assert.Empty(StanceExtractor.Extract(sentence, target, supporters: true));

    [Fact]
    public void Extract_CueWordInATitleCaseHeadline_IsStillACue() =>
        Assert.Equal(["Tories"], StanceExtractor.Extract("Tories Support Eastvale Ferry Plan", "Eastvale", supporters: true));

    [Fact]
    public void Extract_ActiveVerb_NamesTheSubjectsNotPrepositionalObjects()
    {
        const string sentence = "Russia and China lend heavily to Venezuela and back Maduro, even as doubts grow.";

        Assert.Equal(["Russia", "China"], StanceExtractor.Extract(sentence, "Maduro", supporters: true));
    }

    [Fact]
    public void Extract_SubordinateClause_StartsAtTheClause()
    {
        const string sentence = "Maduro, who has been touring the country, is growing isolated as more nations back Guaido.";

        Assert.Equal(["more nations"], StanceExtractor.Extract(sentence, "Guaido", supporters: true));
    }

    [Fact]
    public void Extract_GroupNounSubject_IsNamedWithItsModifiers()
    {
        const string sentence = "The country's senior military commanders have pledged their support to Maduro.";

        Assert.Equal(["senior military commanders"], StanceExtractor.Extract(sentence, "Maduro", supporters: true));
    }

    [Fact]
    public void Extract_QuantifiedGroup_KeepsTheQuantifier()
    {
        const string sentence = "The United States and more than a dozen other countries recognize Guaido as interim president.";

        Assert.Equal(["the United States", "more than a dozen other countries"], StanceExtractor.Extract(sentence, "Guaido", supporters: true));
    }

    [Fact]
    public void Extract_Passive_NamesTheAgent()
    {
        const string sentence = "The fare freeze is backed by Mayor Elena Ruiz and the Riders Union.";

        Assert.Equal(["Mayor Elena Ruiz", "the Riders Union"], StanceExtractor.Extract(sentence, "fare freeze", supporters: true));
    }

    [Fact]
    public void Extract_PassiveWithTheAgentAsked_DoesNotNameTheOneActedOn()
    {
        const string sentence = "Speaker Ana Vale was challenged by Riverside Councillor Tom Quill in a secret ballot.";

        Assert.Empty(StanceExtractor.Extract(sentence, "Riverside Councillor Tom Quill", supporters: false));
        Assert.Equal(["Riverside Councillor Tom Quill"], StanceExtractor.Extract(sentence, "Ana Vale", supporters: false));
    }

    [Fact]
    public void Extract_Negated_FindsNothing()
    {
        Assert.Empty(StanceExtractor.Extract("Brazil does not back Guaido.", "Guaido", supporters: true));
        Assert.Empty(StanceExtractor.Extract("Peskov denied that Moscow supported Guaido.", "Guaido", supporters: true));
    }

    [Fact]
    public void Extract_Opponents_UsesOppositionCues()
    {
        const string sentence = "The Chamber of Commerce opposes the fare freeze, warning of a budget gap.";

        Assert.Equal(["the Chamber of Commerce"], StanceExtractor.Extract(sentence, "fare freeze", supporters: false));
        Assert.Empty(StanceExtractor.Extract(sentence, "fare freeze", supporters: true));
    }

    [Fact]
    public void Extract_AChampionNamed_IsNoCue() =>
        Assert.Empty(StanceExtractor.Extract("Ana Ruiz swept aside defending champion Lena Whitcombe 6-3 6-2 to win the Eastvale Open.", "Whitcombe", supporters: true));

    [Fact]
    public void Extract_AVerbWithItsPreposition_TakesASideOnlyOnTheTargetRightAfterIt()
    {
        Assert.Equal(["Lena Ortiz"], StanceExtractor.Extract("Lena Ortiz tore into Sen. Paul Ruiz over the budget.", "Ruiz", supporters: false));
        Assert.Empty(StanceExtractor.Extract("Lena Ortiz hit out at critics of the Ruiz plan.", "Ruiz", supporters: false));
        Assert.Empty(StanceExtractor.Extract("For months, Ruiz has stood by his comments about getting Vale to pay for it.", "Ruiz", supporters: true));
        Assert.Empty(StanceExtractor.Extract("Vale clinched a place in the Champions League.", "League", supporters: true));
    }

    [Fact]
    public void Extract_TheTargetsAide_IsNotTheTarget() =>
        Assert.Empty(StanceExtractor.Extract("Lena Ortiz made a Twitter post on Tuesday, accusing a former Ruiz aide of lying.", "Ruiz", supporters: false));

    [Theory]
    [InlineData("Dana Vale sits on the state's death row, perhaps the most recognized of the 200 inmates at the Greene Facility near Eastvale.", "Dana Vale")]
    [InlineData("Dana Vale is one of the 200 condemned inmates at the Greene Facility.", "Greene")]
    public void Extract_ParticipleUsedAsAnAdjective_TakesNoSide(string sentence, string target)
    {
        Assert.Empty(StanceExtractor.Extract(sentence, target, supporters: true));
        Assert.Empty(StanceExtractor.Extract(sentence, target, supporters: false));
    }

    [Fact]
    public void Extract_PassiveParticipleWithWhatAndByWhom_NamesTheAgent() =>
        Assert.Equal(["Lena Ortiz"], StanceExtractor.Extract("Dana Vale had been accused of harassment by Lena Ortiz, his former aide.", "Dana Vale", supporters: false));

    [Fact]
    public void Extract_StanceOnWhatIsDoneToTheTarget_IsNoStanceOnItByWordOrder() =>
        Assert.Empty(StanceExtractor.Extract("The United Nations has condemned Ortega's ouster.", "Ortega", supporters: false));
}
