using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

public sealed class TargetDescriptionsTests
{
    [Fact]
    public void Of_TitlesAppositionsAndThingsTheTargetNames_AreItsNouns()
    {
        string[] article =
        [
            "Gov. Lena Whitcombe has until Friday to act.",
            "Dave Ruiz, the harbor party's candidate, spoke next.",
            "Crowds queued at Whitcombe Foods restaurants on Wednesday.",
        ];

        Assert.Contains("governor", TargetDescriptions.Of(article, StanceExtractor.TargetWords("Lena Whitcombe")));
        Assert.Contains("candidate", TargetDescriptions.Of(article, StanceExtractor.TargetWords("Dave Ruiz")));
        Assert.Contains("restaurant", TargetDescriptions.Of(article, StanceExtractor.TargetWords("Whitcombe Foods")));
    }

    [Fact]
    public void Of_ANounTheArticleGivesTwoNames_IsNoOnes()
    {
        string[] article = ["Sen. Jeff Ruiz and Sen. John Hale wrote to the governor."];

        Assert.DoesNotContain("senator", TargetDescriptions.Of(article, StanceExtractor.TargetWords("Jeff Ruiz")));
    }

    [Fact]
    public void NamesByNoun_GivesTheOneNameANounStandsFor_NotAnotherOfficesHolder()
    {
        string[] article =
        [
            "President Ana Vale met Deputy Mayor Tom Hale and former President Dan Ortiz on Monday.",
            "Vale later spoke to Mayor Lena Ruiz.",
        ];

        var names = TargetDescriptions.NamesByNoun(article);

        Assert.Equal("Ana Vale", names.For("president", 1));
        Assert.Equal("Lena Ruiz", names.For("mayor", 0));
    }

    [Fact]
    public void Positions_AreTheNounsRightAfterThe()
    {
        var positions = TargetDescriptions.Positions(["Ortiz", "wrote", "to", "the", "governor", "and", "a", "governor"], new HashSet<string> { "governor" });

        Assert.Equal([4], positions);
    }

    [Fact]
    public void Positions_MayHaveOneLowerCaseWordBetween_ButNoOtherOffice()
    {
        var positions = TargetDescriptions.Positions(["Ruiz", "opposed", "the", "proposed", "law", "and", "the", "former", "governor"], new HashSet<string> { "law", "governor" });

        Assert.Equal([4], positions);
    }

    [Fact]
    public void Of_ALawAskedByItsName_IsTheBillOrThePlanUnlessTheArticleNamesAnotherLaw()
    {
        var targetWords = StanceExtractor.TargetWords("the Harbor Toll Act");

        var alone = TargetDescriptions.Of(["The Harbor Toll Act passed the House.", "Critics called the plan a giveaway."], targetWords);
        var withAnother = TargetDescriptions.Of(["The Harbor Toll Act passed the House.", "The Dock Safety Act did not."], targetWords);

        Assert.Contains("plan", alone);
        Assert.Contains("bill", alone);
        Assert.DoesNotContain("plan", withAnother);
    }

    [Theory]
    [InlineData("the Eastvale toll law", "The Eastvale toll law took effect.", "law")]
    [InlineData("the Eastvale ferry resolution", "The Eastvale ferry resolution passed.", "measure")]
    public void Of_ALawWhoseNameEndsInALawNoun_IsThatNounAndTheOthers(string target, string sentence, string noun) =>
        Assert.Contains(noun, TargetDescriptions.Of([sentence, "Critics of the measure marched."], StanceExtractor.TargetWords(target)));

    [Fact]
    public void NamesByNoun_ANounGivenSeveralNames_IsTheOneGivenLastBeforeTheSentence()
    {
        string[] article =
        [
            "The council met President Ana Vale on Monday.",
            "The president praised the plan.",
            "Ortiz served under President Dan Ortiz years ago.",
            "The president then left.",
        ];

        var names = TargetDescriptions.NamesByNoun(article);

        Assert.Equal("Ana Vale", names.For("president", 1));
        Assert.Equal("Dan Ortiz", names.For("president", 3));
        Assert.Null(names.For("president", -1));
    }

    [Fact]
    public void NamesByNoun_ATitleAfterAnIndefiniteArticle_IsOnlyAPossibility()
    {
        string[] article =
        [
            "President Ana Vale backed the harbor plan.",
            "Critics said the plan would be in the cross hairs of a President Ortiz.",
            "The president defended the plan on Monday.",
        ];

        var names = TargetDescriptions.NamesByNoun(article);

        Assert.Equal("Ana Vale", names.For("president", 2));
    }

    [Fact]
    public void NamesByNoun_AnAppositionEndsAtItsFirstFunctionWord()
    {
        string[] article = ["The board gave Lena Ruiz, a chance to move beyond the president's anger, a new post."];

        Assert.Null(TargetDescriptions.NamesByNoun(article).For("president", 0));
    }

    [Fact]
    public void NamesByNoun_APlaceEndingAnOpeningPhrase_IsNotDescribedByTheSubjectAfterIt()
    {
        string[] article = ["At the Council on Trade Policy, the senator said the deal was weak."];

        Assert.Null(TargetDescriptions.NamesByNoun(article).For("senator", 0));
    }
}
